#include "core/clock.h"

namespace bcs {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace bcs
