#include "net/upstreamreply.h"

namespace bcs {

UpstreamReply::UpstreamReply(EndpointGroup group, QUrl url, QObject *parent)
    : QObject(parent)
    , m_group(group)
    , m_url(std::move(url))
{}

void UpstreamReply::abort()
{
    if (m_finished || m_abortRequested)
        return;
    m_abortRequested = true;
    Q_EMIT aborted();
}

} // namespace bcs
