#pragma once
// Method + path pattern -> handler. The server's single entry point dispatches through it after
// the security checks; 404 for an unknown path, 405 (with Allow) for a known path and wrong
// method. Also the list of routes the OpenAPI document and its test enumerate.

#include "api/apirequest.h"
#include "api/responder.h"

#include <QList>
#include <QRegularExpression>
#include <functional>

namespace bcs {

class Router
{
public:
    // Captures of the path pattern ({id} segments) in order.
    using Handler =
        std::function<void(const ApiRequest &, const QStringList &captures, const Responder &)>;

    // `pattern` like "/api/replays/{id}"; a {name} matches one non-empty segment.
    void add(const QString &method, const QString &pattern, Handler handler);

    // True when a route took the request (it will answer); false: the caller answers 404/405.
    enum class Match { Handled, NoSuchPath, WrongMethod };
    Match dispatch(const ApiRequest &request, const Responder &responder,
                   QStringList *allowedMethods) const;

    struct RouteInfo
    {
        QString method;
        QString pattern;
    };
    QList<RouteInfo> routes() const;

private:
    struct Route
    {
        QString method;
        QString pattern;
        QRegularExpression regex;
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace bcs
