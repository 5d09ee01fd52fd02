#include "core/rfc3339.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace bcs {

namespace {

const QRegularExpression &rfc3339Pattern()
{
    // date T time [.fraction] (Z | ±hh:mm); `t`, `z` and a space separator are allowed by RFC 3339.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$)"));
    return pattern;
}

} // namespace

std::optional<QDateTime> parseRfc3339(QStringView text)
{
    const auto match = rfc3339Pattern().match(text.trimmed().toString());
    if (!match.hasMatch())
        return std::nullopt;
    auto number = [&match](int group) { return match.capturedView(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    int milliseconds = 0;
    if (match.hasCaptured(7)) {
        // Pad or truncate the fraction to exactly three digits: "3762" -> 376, "5" -> 500.
        const QString fraction = match.captured(7).left(3).leftJustified(3, QLatin1Char('0'));
        milliseconds = fraction.toInt();
    }
    const QTime time(number(4), number(5), number(6), milliseconds);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    int offsetSeconds = 0;
    if (!match.hasCaptured(8)) {
        const int hours = number(10);
        const int minutes = number(11);
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (match.capturedView(9) == u'-' ? -1 : 1);
    }
    const QDateTime result(date, time, QTimeZone(offsetSeconds));
    if (!result.isValid())
        return std::nullopt;
    return result;
}

QString formatRfc3339(const QDateTime &dateTime)
{
    const bool withMs = dateTime.time().msec() != 0;
    const QString base = dateTime.toString(withMs ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")
                                                  : QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const int offset = dateTime.offsetFromUtc();
    if (offset == 0)
        return base + QLatin1Char('Z');
    const int absolute = qAbs(offset);
    return base + QStringLiteral("%1%2:%3")
                      .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                      .arg(absolute / 3600, 2, 10, QLatin1Char('0'))
                      .arg((absolute % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QDateTime dayBound(const QDate &date, DayBound bound)
{
    const QDateTime local = bound == DayBound::Start ? date.startOfDay() : date.endOfDay();
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

std::optional<QDateTime> parseDateBound(QStringView text, DayBound bound)
{
    const QStringView trimmed = text.trimmed();
    static const QRegularExpression bareDate(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (bareDate.match(trimmed.toString()).hasMatch()) {
        const QDate date = QDate::fromString(trimmed.toString(), Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return dayBound(date, bound);
    }
    return parseRfc3339(trimmed);
}

} // namespace bcs
