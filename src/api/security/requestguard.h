#pragma once
// The security rules of DESIGN.md §8, checked for every request before any route sees it (the
// server's single entry point calls check() first): body size, Host (DNS rebinding), CORS
// preflight, cross-site state changes, JSON-only bodies, bearer token. Each rejection names
// its reason; nothing here ever echoes the token.

#include "api/apirequest.h"
#include "api/apiresponse.h"
#include "api/security/corspolicy.h"
#include "api/security/requestlimits.h"

#include <QStringList>

namespace bcs {

struct GuardSettings
{
    QString token;            // empty: no token needed (loopback only; ApiServer enforces it)
    QStringList allowedHosts; // Host names besides localhost and the loopback addresses
    QStringList corsOrigins;
    qsizetype maxBodyBytes = RequestLimits{}.maxBodyBytes;
};

struct GuardDecision
{
    enum class Action { Continue, AnswerPreflight, Reject };
    Action action = Action::Continue;
    int status = 0;
    QString detail; // for a rejection: why, for the client and the log
};

class RequestGuard
{
public:
    explicit RequestGuard(GuardSettings settings);

    GuardDecision check(const ApiRequest &request) const;
    qsizetype maxBodyBytes() const { return m_settings.maxBodyBytes; }
    // Access-Control-* headers when the request's Origin is allowed (on every answer, errors
    // included, so a browser can read the error); the preflight ones for an OPTIONS answer.
    void addCorsHeaders(const ApiRequest &request, ApiResponse &response) const;

private:
    bool hostAllowed(const QByteArray &hostHeader) const;
    bool originAllowed(const ApiRequest &request) const;

    GuardSettings m_settings;
    CorsPolicy m_cors;
    QStringList m_hosts; // lower case, without port or brackets
};

} // namespace bcs
