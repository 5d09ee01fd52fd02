#include "core/threadpriority.h"

#include <QThread>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace bcs {

void lowerCurrentThreadPriority()
{
#if defined(Q_OS_LINUX)
    // Per thread under CFS: PRIO_PROCESS with a thread id sets that thread's nice value only.
    constexpr int kBackgroundNice = 10;
    const auto threadId = static_cast<id_t>(::syscall(SYS_gettid));
    ::setpriority(PRIO_PROCESS, threadId, kBackgroundNice);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace bcs
