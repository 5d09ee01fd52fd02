#include "gui/filters/filterstate.h"

#include <QDate>
#include <QLocale>
#include <QSettings>
#include <QTimeZone>

namespace bcs {

namespace {
const QString kGroup = QStringLiteral("filters/");


// Stored as text, so an absent value stays absent (QSettings has no null).
QString optionalText(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QString();
}
std::optional<qint64> optionalNumber(const QVariant &value)
{
    bool ok = false;
    const qint64 number = value.toString().toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}
} // namespace

FilterState::FilterState(QObject *parent) : QObject(parent) {}

StatsFilter FilterState::filter() const
{
    StatsFilter resolved = m_filter;
    const QDate today = QDate::currentDate();
    auto since = [&](int days) {
        resolved.afterMs = today.addDays(-(days - 1)).startOfDay().toMSecsSinceEpoch();
        resolved.beforeMs.reset();
    };
    switch (m_preset) {
    case DatePreset::Everything:
        resolved.afterMs.reset();
        resolved.beforeMs.reset();
        break;
    case DatePreset::Last7Days: since(7); break;
    case DatePreset::Last30Days: since(30); break;
    case DatePreset::Last90Days: since(90); break;
    case DatePreset::LastYear: since(365); break;
    case DatePreset::Custom: break;
    }
    return resolved;
}

void FilterState::setFilter(const StatsFilter &filter, DatePreset preset)
{
    if (filter == m_filter && preset == m_preset)
        return;
    m_filter = filter;
    m_preset = preset;
    Q_EMIT changed();
}

void FilterState::setDatePreset(DatePreset preset)
{
    StatsFilter next = m_filter;
    if (preset != DatePreset::Custom) {
        next.afterMs.reset();
        next.beforeMs.reset();
    } else if (m_preset != DatePreset::Custom) {
        // Custom starts from the dates the preset stood for, so the pickers show them.
        const StatsFilter resolved = filter();
        next.afterMs = resolved.afterMs;
        next.beforeMs = resolved.beforeMs;
    }
    setFilter(next, preset);
}

void FilterState::reset()
{
    setFilter(StatsFilter{}, DatePreset::Everything);
}

bool FilterState::isDefault() const
{
    return m_preset == DatePreset::Everything && m_filter == StatsFilter{};
}

QString FilterState::summary() const
{
    QStringList parts;
    const QLocale locale;
    const StatsFilter resolved = filter();
    switch (m_preset) {
    case DatePreset::Everything: parts << tr("all dates"); break;
    case DatePreset::Last7Days: parts << tr("last 7 days"); break;
    case DatePreset::Last30Days: parts << tr("last 30 days"); break;
    case DatePreset::Last90Days: parts << tr("last 90 days"); break;
    case DatePreset::LastYear: parts << tr("last 12 months"); break;
    case DatePreset::Custom: {
        auto day = [&](const std::optional<qint64> &ms) {
            return locale.toString(QDateTime::fromMSecsSinceEpoch(*ms).date(),
                                   QLocale::ShortFormat);
        };
        if (resolved.afterMs && resolved.beforeMs)
            parts << tr("%1 – %2").arg(day(resolved.afterMs), day(resolved.beforeMs));
        else if (resolved.afterMs)
            parts << tr("since %1").arg(day(resolved.afterMs));
        else if (resolved.beforeMs)
            parts << tr("until %1").arg(day(resolved.beforeMs));
        else
            parts << tr("all dates");
        break;
    }
    }
    if (!m_filter.playlists.isEmpty())
        parts << m_filter.playlists.join(QStringLiteral(", "));
    if (m_filter.teamSize)
        parts << tr("%1v%1").arg(*m_filter.teamSize);
    if (m_filter.excludeTies)
        parts << tr("no ties");
    if (m_filter.minDurationSeconds)
        parts << tr("at least %1 min").arg(*m_filter.minDurationSeconds / 60);
    if (!m_filter.map.isEmpty())
        parts << m_filter.map;
    return parts.join(QStringLiteral(" · "));
}

void FilterState::save(QSettings &settings) const
{
    settings.setValue(kGroup + QStringLiteral("preset"), int(m_preset));
    settings.setValue(kGroup + QStringLiteral("after"), optionalText(m_filter.afterMs));
    settings.setValue(kGroup + QStringLiteral("before"), optionalText(m_filter.beforeMs));
    settings.setValue(kGroup + QStringLiteral("playlists"), m_filter.playlists);
    settings.setValue(kGroup + QStringLiteral("teamSize"),
                      m_filter.teamSize ? QString::number(*m_filter.teamSize) : QString());
    settings.setValue(kGroup + QStringLiteral("excludeTies"), m_filter.excludeTies);
    settings.setValue(kGroup + QStringLiteral("minDuration"),
                      m_filter.minDurationSeconds ? QString::number(*m_filter.minDurationSeconds)
                                                  : QString());
    settings.setValue(kGroup + QStringLiteral("map"), m_filter.map);
}

void FilterState::restore(const QSettings &settings)
{
    StatsFilter restored;
    const int preset = settings.value(kGroup + QStringLiteral("preset"), 0).toInt();
    const auto datePreset = preset >= 0 && preset <= int(DatePreset::Custom)
                                ? DatePreset(preset)
                                : DatePreset::Everything;
    if (datePreset == DatePreset::Custom) {
        restored.afterMs = optionalNumber(settings.value(kGroup + QStringLiteral("after")));
        restored.beforeMs = optionalNumber(settings.value(kGroup + QStringLiteral("before")));
    }
    restored.playlists = settings.value(kGroup + QStringLiteral("playlists")).toStringList();
    if (const auto size = optionalNumber(settings.value(kGroup + QStringLiteral("teamSize")));
        size && *size >= 1 && *size <= 4)
        restored.teamSize = int(*size);
    restored.excludeTies = settings.value(kGroup + QStringLiteral("excludeTies")).toBool();
    if (const auto minimum =
            optionalNumber(settings.value(kGroup + QStringLiteral("minDuration")));
        minimum && *minimum > 0 && *minimum <= 24 * 3600)
        restored.minDurationSeconds = int(*minimum);
    restored.map = settings.value(kGroup + QStringLiteral("map")).toString();
    setFilter(restored, datePreset);
}

} // namespace bcs
