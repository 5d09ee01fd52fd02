#pragma once
// The filters of one `GET /replays` listing, and how to ask for its next page: the same filters
// again plus only the `after` cursor taken from `next`. Following `next` verbatim has lost
// filters for other clients (API.md §5), so it is never used as a URL.

#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>
#include <optional>

class QJsonObject;

namespace bcs {

class ReplayListQuery
{
public:
    static constexpr int kMaxPageSize = 200;

    ReplayListQuery &add(const QString &name, const QString &value); // repeatable filters
    ReplayListQuery &setPageSize(int count);
    int pageSize() const { return m_pageSize; }
    QString after() const { return m_after; }

    // Filters + explicit `count` + `after` (when set), in a stable order.
    QUrlQuery toUrlQuery() const;

    // The query for the page after `page`, or nullopt on the last page (no `next`). Also nullopt
    // when `next` carries no `after` cursor, which would otherwise loop on page one forever.
    std::optional<ReplayListQuery> nextPage(const QJsonObject &page) const;

    QList<QPair<QString, QString>> filters() const { return m_filters; }

private:
    QList<QPair<QString, QString>> m_filters;
    int m_pageSize = kMaxPageSize;
    QString m_after;
};

} // namespace bcs
