#include "api/responder.h"

#include "api/httpcompat.h"

#include <QHttpServerResponse>

namespace bcs {

Responder::Responder(QHttpServerResponder &&responder, Finalizer finalizer)
    : m_state(std::make_shared<State>(std::move(responder)))
    , m_finalizer(std::move(finalizer))
{}

void Responder::send(ApiResponse response) const
{
    if (m_state->responded)
        return;
    m_state->responded = true;
    if (!m_state->socket)
        return; // the client went away: nobody to answer
    if (m_finalizer)
        m_finalizer(response);
    QHttpServerResponse httpResponse(response.contentType, response.body,
                                     static_cast<QHttpServerResponse::StatusCode>(response.status));
    for (const auto &[name, value] : response.headers)
        httpResponse.setHeader(name, value);
    httpcompat::sendResponse(m_state->responder, httpResponse);
}

} // namespace bcs
