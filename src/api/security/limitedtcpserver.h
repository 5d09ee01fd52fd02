#pragma once
// The QTcpServer handed to QHttpServer: every connection it accepts is watched by a
// ConnectionWatcher, so an oversized request is refused while it arrives instead of after
// QHttpServer 6.4 has read all of it into memory.

#include "api/security/requestlimits.h"

#include <QTcpServer>

namespace bcs {

class LimitedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit LimitedTcpServer(RequestLimits limits, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    RequestLimits m_limits;
};

} // namespace bcs
