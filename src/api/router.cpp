#include "api/router.h"

#include "storage/storageerror.h"

namespace bcs {

void Router::add(const QString &method, const QString &pattern, Handler handler)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\\\{[a-z_]+\\\})"));
    QString regex = QRegularExpression::escape(pattern);
    regex.replace(placeholder, QStringLiteral("([^/]+)"));
    m_routes.append({method, pattern,
                     QRegularExpression(QLatin1Char('^') + regex + QLatin1Char('$')),
                     std::move(handler)});
}

Router::Match Router::dispatch(const ApiRequest &request, const Responder &responder,
                               QStringList *allowedMethods) const
{
    bool pathKnown = false;
    for (const Route &route : m_routes) {
        const auto match = route.regex.match(request.path);
        if (!match.hasMatch())
            continue;
        pathKnown = true;
        if (route.method != request.method) {
            if (allowedMethods)
                allowedMethods->append(route.method);
            continue;
        }
        QStringList captures = match.capturedTexts();
        captures.removeFirst();
        try {
            route.handler(request, captures, responder);
        } catch (const ApiError &error) {
            responder.sendError(error);
        } catch (const StorageError &error) {
            responder.sendError(ApiError::fromStorage(error));
        }
        return Match::Handled;
    }
    return pathKnown ? Match::WrongMethod : Match::NoSuchPath;
}

QList<Router::RouteInfo> Router::routes() const
{
    QList<RouteInfo> list;
    for (const Route &route : m_routes)
        list.append({route.method, route.pattern});
    return list;
}

} // namespace bcs
