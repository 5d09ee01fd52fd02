#include "core/config/apiexposure.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace bcs {

namespace {
struct ExposureTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::ApiServer)
};
} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString apiExposureProblem(const QString &host, const QString &token)
{
    if (isLoopbackHost(host) || !token.isEmpty())
        return {};
    return ExposureTr::tr("refusing to listen on %1 without BCSTATS_API_TOKEN: anyone on the network "
                          "could read your stats and start syncs; set a token or use 127.0.0.1")
        .arg(host);
}

} // namespace bcs
