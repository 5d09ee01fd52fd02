#include "net/replaylistquery.h"

#include <QJsonObject>
#include <QUrl>
#include <algorithm>

namespace bcs {

ReplayListQuery &ReplayListQuery::add(const QString &name, const QString &value)
{
    m_filters.append({name, value});
    return *this;
}

ReplayListQuery &ReplayListQuery::setPageSize(int count)
{
    m_pageSize = std::clamp(count, 1, kMaxPageSize);
    return *this;
}

QUrlQuery ReplayListQuery::toUrlQuery() const
{
    // QUrlQuery leaves `+` alone, which servers read as a space: an RFC 3339 offset like
    // +01:00 would arrive broken. Percent-encode everything ourselves (QUrlQuery keeps %XX).
    auto encoded = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    QUrlQuery query;
    for (const auto &[name, value] : m_filters)
        query.addQueryItem(encoded(name), encoded(value));
    query.addQueryItem(QStringLiteral("count"), QString::number(m_pageSize));
    if (!m_after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), encoded(m_after));
    return query;
}

std::optional<ReplayListQuery> ReplayListQuery::nextPage(const QJsonObject &page) const
{
    const QString next = page.value(QStringLiteral("next")).toString();
    if (next.isEmpty())
        return std::nullopt;
    const QUrlQuery nextQuery(QUrl(next).query(QUrl::FullyEncoded));
    const QString cursor = nextQuery.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);
    if (cursor.isEmpty() || cursor == m_after)
        return std::nullopt;
    ReplayListQuery following = *this;
    following.m_after = cursor;
    return following;
}

} // namespace bcs
