#pragma once
// A copyable handle that answers one request exactly once, now or later (after an upstream call).
// Adds the headers every response carries. Safe to call after the client went away.

#include "api/apierror.h"
#include "api/apiresponse.h"

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <functional>
#include <memory>

namespace bcs {

class Responder
{
public:
    using Finalizer = std::function<void(ApiResponse &)>;

    Responder(QHttpServerResponder &&responder, Finalizer finalizer);

    void send(ApiResponse response) const;
    void sendError(const ApiError &error) const
    {
        send(ApiResponse::error(error.status, error.detail));
    }
    bool hasResponded() const { return m_state->responded; }

private:
    struct State
    {
        explicit State(QHttpServerResponder &&r) : socket(r.socket()), responder(std::move(r)) {}
        // Qt 6.4's responder keeps a raw pointer to the connection, which Qt deletes when the
        // client leaves: a late answer (after an upstream call) would write to freed memory.
        QPointer<QTcpSocket> socket;
        QHttpServerResponder responder;
        bool responded = false;
    };
    std::shared_ptr<State> m_state;
    Finalizer m_finalizer;
};

} // namespace bcs
