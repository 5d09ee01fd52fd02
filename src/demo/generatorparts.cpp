#include "demo/generatorparts.h"

#include <QCryptographicHash>
#include <cmath>

namespace bcs::demo {

QString formatUpstreamDate(const QDateTime &dateTime)
{
    // ballchasing prints microseconds on `created`; milliseconds padded to six digits is the same
    // shape.
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
           QStringLiteral("000Z");
}

QString hexId(const QString &seed)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Md5).toHex().toUpper());
}

QJsonObject varied(const QJsonObject &group, QRandomGenerator &random)
{
    QJsonObject result;
    for (auto it = group.begin(); it != group.end(); ++it) {
        const QJsonValue value = it.value();
        if (!value.isDouble()) {
            result.insert(it.key(), value);
            continue;
        }
        const double factor = 0.7 + random.generateDouble() * 0.6;
        const double number = value.toDouble();
        // Keep ballchasing's precision: whole numbers stay whole, times and rates have two
        // decimals, percentages five; random full-precision doubles would compress unrealistically.
        const bool percent = it.key().startsWith(QLatin1String("percent"));
        const bool whole =
            number == std::floor(number) && !percent && !it.key().startsWith(QLatin1String("avg"));
        const double scale = whole ? 1.0 : percent ? 1e5 : 100.0;
        result.insert(it.key(), std::round(number * factor * scale) / scale);
    }
    return result;
}

QString arenaCode(quint32 step)
{
    // A cache with one map is no test of the map filter.
    static const char *const kArenaCodes[] = {
        "eurostadium_p",  "stadium_p",           "cs_p",   "utopiastadium_p",  "beach_p",
        "wasteland_s_p",  "neotokyo_standard_p", "farm_p", "chn_stadium_p",    "arc_standard_p",
        "trainstation_p", "underwater_p",        "park_p", "neotokyo_arcade_p"};
    return QLatin1String(kArenaCodes[step % std::size(kArenaCodes)]);
}

} // namespace bcs::demo
