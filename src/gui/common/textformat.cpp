#include "gui/common/textformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace bcs::text {

namespace {
struct TextFormatTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::TextFormat)
};
} // namespace

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString replays(qint64 value)
{
    return value == 1 ? TextFormatTr::tr("1 replay")
                      : TextFormatTr::tr("%1 replays").arg(count(value));
}

QString games(qint64 value)
{
    return value == 1 ? TextFormatTr::tr("1 game") : TextFormatTr::tr("%1 games").arg(count(value));
}

QString names(qint64 value)
{
    return value == 1 ? TextFormatTr::tr("1 name") : TextFormatTr::tr("%1 names").arg(count(value));
}

QString decimal(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString gameClock(int seconds)
{
    const int total = std::max(0, seconds);
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString percent(double fraction)
{
    return TextFormatTr::tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

QString rate(double perSecond)
{
    return QLocale().toString(perSecond, 'f', perSecond < 10 ? 1 : 0);
}

QString duration(double seconds)
{
    const qint64 total = qint64(std::ceil(std::max(0.0, seconds)));
    if (total < 60)
        return TextFormatTr::tr("%1 s").arg(total);
    const qint64 minutes = (total + 30) / 60;
    if (minutes < 60)
        return TextFormatTr::tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return TextFormatTr::tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return TextFormatTr::tr("%1 days %2 h").arg(hours / 24).arg(hours % 24);
}

QString countdown(double seconds)
{
    const qint64 total = qint64(std::ceil(std::max(0.0, seconds)));
    const auto two = [](qint64 value) { return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0')); };
    if (total >= 3600)
        return QStringLiteral("%1:%2:%3").arg(total / 3600).arg(two(total / 60 % 60), two(total % 60));
    return QStringLiteral("%1:%2").arg(total / 60).arg(two(total % 60));
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString shortDateTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString relative(const QDateTime &time, const QDateTime &now)
{
    const qint64 seconds = time.secsTo(now);
    if (seconds < 0)
        return shortDateTime(time);
    if (seconds < 60)
        return TextFormatTr::tr("just now");
    if (seconds < 3600)
        return seconds < 120 ? TextFormatTr::tr("a minute ago")
                             : TextFormatTr::tr("%1 minutes ago").arg(seconds / 60);
    const qint64 days = time.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days == 0)
        return seconds < 7200 ? TextFormatTr::tr("an hour ago")
                              : TextFormatTr::tr("%1 hours ago").arg(seconds / 3600);
    if (days == 1)
        return TextFormatTr::tr("yesterday");
    if (days < 14)
        return TextFormatTr::tr("%1 days ago").arg(days);
    return shortDate(time.toLocalTime().date());
}

} // namespace bcs::text
