#include "core/ratelimits.h"

#include <QRegularExpression>

namespace bcs {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kHour = 3600 * kSecond;

struct TierLimits
{
    const char *name;
    QList<RateRule> list;
    QList<RateRule> get;
};

const QList<TierLimits> &tierTable()
{
    // DESIGN.md §4, from the official API documentation.
    static const QList<TierLimits> table = {
        {"regular", {{2, kSecond}, {500, kHour}}, {{2, kSecond}, {1000, kHour}}},
        {"gold", {{2, kSecond}, {1000, kHour}}, {{2, kSecond}, {2000, kHour}}},
        {"diamond", {{4, kSecond}, {2000, kHour}}, {{4, kSecond}, {5000, kHour}}},
        {"champion", {{8, kSecond}}, {{8, kSecond}}},
        {"gc", {{16, kSecond}}, {{16, kSecond}}},
    };
    return table;
}

} // namespace

QString endpointGroupName(EndpointGroup group)
{
    return group == EndpointGroup::List ? QStringLiteral("list") : QStringLiteral("get");
}

std::optional<EndpointGroup> endpointGroupFromName(QStringView name)
{
    if (name == u"list")
        return EndpointGroup::List;
    if (name == u"get")
        return EndpointGroup::Get;
    return std::nullopt;
}

QStringList knownTierNames()
{
    QStringList names;
    for (const auto &tier : tierTable())
        names << QString::fromLatin1(tier.name);
    return names;
}

bool isKnownTier(const QString &tier)
{
    return knownTierNames().contains(tier.trimmed().toLower());
}

RateLimitTable rateLimitsForTier(const QString &tier)
{
    const QString wanted = tier.trimmed().toLower();
    const TierLimits *chosen = &tierTable().constLast();
    for (const auto &entry : tierTable()) {
        if (wanted == QLatin1String(entry.name))
            chosen = &entry;
    }
    return {{EndpointGroup::List, chosen->list}, {EndpointGroup::Get, chosen->get}};
}

RateLimitParseResult parseRateLimits(const QString &text)
{
    static const QRegularExpression rulePattern(QStringLiteral(R"(^\s*(\d+)\s*/\s*(\d+)\s*$)"));
    const QString expected = QStringLiteral(
        "expected GROUP=COUNT/SECONDS[,COUNT/SECONDS...][;GROUP=...] with GROUP list or get, "
        "e.g. list=2/1,1000/3600;get=2/1,2000/3600");
    RateLimitTable table;
    const auto groups = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (groups.isEmpty())
        return {std::nullopt, QStringLiteral("empty value; ") + expected};
    for (const QString &groupText : groups) {
        const qsizetype equals = groupText.indexOf(QLatin1Char('='));
        if (equals < 0)
            return {std::nullopt,
                    QStringLiteral("'%1' has no '='; ").arg(groupText.trimmed()) + expected};
        const QString name = groupText.left(equals).trimmed().toLower();
        const auto group = endpointGroupFromName(name);
        if (!group)
            return {std::nullopt, QStringLiteral("unknown group '%1'; ").arg(name) + expected};
        if (table.contains(*group))
            return {std::nullopt, QStringLiteral("group '%1' given twice; ").arg(name) + expected};
        QList<RateRule> rules;
        for (const QString &ruleText : groupText.mid(equals + 1).split(QLatin1Char(','))) {
            const auto match = rulePattern.match(ruleText);
            bool countOk = false;
            bool secondsOk = false;
            const int count = match.captured(1).toInt(&countOk);
            const qint64 seconds = match.captured(2).toLongLong(&secondsOk);
            if (!match.hasMatch() || !countOk || !secondsOk || count <= 0 || seconds <= 0)
                return {std::nullopt,
                        QStringLiteral(
                            "bad rule '%1' (count and seconds must be positive whole numbers); ")
                                .arg(ruleText.trimmed()) +
                            expected};
            rules.append({count, seconds * kSecond});
        }
        table.insert(*group, rules);
    }
    return {table, {}};
}

QString formatRateLimits(const RateLimitTable &table)
{
    QStringList groups;
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        QStringList rules;
        for (const RateRule &rule : it.value())
            rules << QStringLiteral("%1/%2").arg(rule.count).arg(rule.windowMs / kSecond);
        groups << endpointGroupName(it.key()) + QLatin1Char('=') + rules.join(QLatin1Char(','));
    }
    return groups.join(QLatin1Char(';'));
}

} // namespace bcs
