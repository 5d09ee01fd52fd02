#pragma once
// A copyable handle that answers one request exactly once, now or later (after an upstream call).
// Adds the headers every response carries. Safe to call after the client went away.

#include "api/apierror.h"
#include "api/apiresponse.h"

#include <QHttpServerResponder>
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
        explicit State(QHttpServerResponder &&r) : responder(std::move(r)) {}
        QHttpServerResponder responder;
        bool responded = false;
    };
    std::shared_ptr<State> m_state;
    Finalizer m_finalizer;
};

} // namespace bcs
