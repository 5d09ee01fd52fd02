#include "storage/playerrows.h"

#include "core/statcatalogue.h"
#include "storage/sqlhelpers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <QStringList>
#include <cmath>

namespace bcs {

namespace {

// Every column of a player row but rid, in the order rowValues() gives them.
QStringList rowColumns()
{
    QStringList columns{QStringLiteral("team"),        QStringLiteral("slot"),
                        QStringLiteral("name"),        QStringLiteral("name_key"),
                        QStringLiteral("platform"),    QStringLiteral("platform_id"),
                        QStringLiteral("start_time"),  QStringLiteral("end_time"),
                        QStringLiteral("mvp"),         QStringLiteral("rank_tier"),
                        QStringLiteral("rank_division"), QStringLiteral("rank_name")};
    for (const StatDefinition &stat : statCatalogue())
        columns << stat.columnName();
    return columns;
}

QString nameKey(const QString &name)
{
    return name.trimmed().toLower();
}

// `stats` in catalogue order, unscaled (missing = 0).
QVariantList rowValues(const PlayerSeat &seat, const QVector<double> &stats)
{
    const auto nullable = [&seat](auto read) {
        return seat.rank ? QVariant(read(*seat.rank)) : QVariant();
    };
    QVariantList values{textValue(seat.team),
                        QVariant(seat.slot),
                        textValue(seat.name),
                        textValue(nameKey(seat.name)),
                        textValue(seat.platform),
                        textValue(seat.platformId),
                        QVariant(seat.startTime),
                        QVariant(seat.endTime),
                        QVariant(seat.mvp ? 1 : 0),
                        nullable([](const PlayerRank &r) { return r.tier; }),
                        nullable([](const PlayerRank &r) { return r.division; }),
                        nullable([](const PlayerRank &r) { return r.name; })};
    const QList<StatDefinition> &catalogue = statCatalogue();
    for (qsizetype i = 0; i < catalogue.size(); ++i)
        values << qint64(std::llround(stats.value(i) * double(catalogue[i].storageScale())));
    return values;
}

// A listed player's stats: the score, and nothing the listing does not show.
QVector<double> listedStats(const ListedPlayer &player)
{
    QVector<double> stats(statCatalogue().size(), 0.0);
    if (const StatDefinition *score = findStat(u"core.score"))
        stats[score - statCatalogue().constData()] = player.score;
    return stats;
}

QSqlQuery insertStatement(QSqlDatabase &db, const QString &doing)
{
    const QStringList columns = rowColumns();
    QStringList marks(columns.size() + 1, QStringLiteral("?"));
    return prepareOrThrow(db,
                          QStringLiteral("INSERT INTO players (rid, %1) VALUES (%2)")
                              .arg(columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                          doing);
}

void insertRow(QSqlQuery &insert, qint64 rid, const QVariantList &values, const QString &doing)
{
    insert.addBindValue(rid);
    for (const QVariant &value : values)
        insert.addBindValue(value);
    execOrThrow(insert, doing);
}

bool isAccount(const QString &platformId)
{
    // Bots have no id; masked PSN ids ("************") are shared by strangers.
    return !platformId.isEmpty() && platformId.count(QLatin1Char('*')) != platformId.size();
}

struct StoredSeat
{
    qint64 rowId = 0;
    QString team, nameKey, platform, platformId;
    bool taken = false;

    bool isSeatOf(const PlayerSeat &seat) const
    {
        if (taken || team != seat.team)
            return false;
        if (isAccount(platformId) || isAccount(seat.platformId))
            return platform == seat.platform && platformId == seat.platformId;
        return nameKey == bcs::nameKey(seat.name);
    }
};

QSqlQuery updateStatement(QSqlDatabase &db, const QString &doing)
{
    QStringList assignments;
    for (const QString &column : rowColumns()) // a rank the detail lacks stays as listed
        assignments << (column.startsWith(QLatin1String("rank_"))
                            ? QStringLiteral("%1 = COALESCE(?, %1)").arg(column)
                            : column + QStringLiteral(" = ?"));
    return prepareOrThrow(
        db, QStringLiteral("UPDATE players SET %1 WHERE rowid = ?").arg(assignments.join(u',')),
        doing);
}

} // namespace

PlayerRowWriter::PlayerRowWriter(QSqlDatabase &db, const QString &doing)
    : m_existing(db)
    , m_insert(insertStatement(db, doing))
    , m_update(updateStatement(db, doing))
    , m_remove(prepareOrThrow(db, QStringLiteral("DELETE FROM players WHERE rowid = ?"), doing))
{
    m_existing.setForwardOnly(true); // before prepare, or Qt ignores it
    if (!m_existing.prepare(QStringLiteral(
            "SELECT rowid, team, name_key, platform, platform_id FROM players WHERE rid = ?")))
        throw StorageError::fromSql(m_existing.lastError(), doing);
}

void PlayerRowWriter::insertListed(qint64 rid, const QList<ListedPlayer> &players,
                                   const QString &doing)
{
    for (const ListedPlayer &player : players)
        insertRow(m_insert, rid, rowValues(player, listedStats(player)), doing);
}

void PlayerRowWriter::storeDetailed(qint64 rid, const QList<PlayerRow> &players,
                                    const QString &doing)
{
    QList<StoredSeat> stored;
    m_existing.addBindValue(rid);
    execOrThrow(m_existing, doing);
    while (m_existing.next())
        stored.append({m_existing.value(0).toLongLong(), m_existing.value(1).toString(),
                       m_existing.value(2).toString(), m_existing.value(3).toString(),
                       m_existing.value(4).toString()});
    m_existing.finish();
    for (const PlayerRow &player : players) {
        const QVariantList values = rowValues(player, player.stats);
        const auto seat = std::find_if(stored.begin(), stored.end(),
                                       [&player](const StoredSeat &s) { return s.isSeatOf(player); });
        if (seat == stored.end()) {
            insertRow(m_insert, rid, values, doing);
            continue;
        }
        seat->taken = true;
        for (const QVariant &value : values)
            m_update.addBindValue(value);
        m_update.addBindValue(seat->rowId);
        execOrThrow(m_update, doing);
    }
    for (const StoredSeat &seat : std::as_const(stored)) {
        if (seat.taken)
            continue;
        m_remove.addBindValue(seat.rowId);
        execOrThrow(m_remove, doing);
    }
}

} // namespace bcs
