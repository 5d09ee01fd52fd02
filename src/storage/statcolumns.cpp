#include "storage/statcolumns.h"

#include "core/statcatalogue.h"
#include "storage/detailcodec.h"
#include "storage/sqlhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <cmath>

namespace bcs {

const QStringList &statColumnsOfVersion1()
{
    // Frozen: never edit. Written out from the catalogue as it was when version 1 was made.
    static const char *const kColumns[] = {"core_shots",
                                           "core_shots_against",
                                           "core_goals",
                                           "core_goals_against",
                                           "core_saves",
                                           "core_assists",
                                           "core_score",
                                           "core_shooting_percentage",
                                           "boost_bpm",
                                           "boost_bcpm",
                                           "boost_avg_amount",
                                           "boost_amount_collected",
                                           "boost_amount_stolen",
                                           "boost_amount_collected_big",
                                           "boost_amount_stolen_big",
                                           "boost_amount_collected_small",
                                           "boost_amount_stolen_small",
                                           "boost_count_collected_big",
                                           "boost_count_stolen_big",
                                           "boost_count_collected_small",
                                           "boost_count_stolen_small",
                                           "boost_amount_overfill",
                                           "boost_amount_overfill_stolen",
                                           "boost_amount_used_while_supersonic",
                                           "boost_time_zero_boost",
                                           "boost_percent_zero_boost",
                                           "boost_time_full_boost",
                                           "boost_percent_full_boost",
                                           "boost_time_boost_0_25",
                                           "boost_time_boost_25_50",
                                           "boost_time_boost_50_75",
                                           "boost_time_boost_75_100",
                                           "boost_percent_boost_0_25",
                                           "boost_percent_boost_25_50",
                                           "boost_percent_boost_50_75",
                                           "boost_percent_boost_75_100",
                                           "movement_avg_speed",
                                           "movement_total_distance",
                                           "movement_time_supersonic_speed",
                                           "movement_time_boost_speed",
                                           "movement_time_slow_speed",
                                           "movement_time_ground",
                                           "movement_time_low_air",
                                           "movement_time_high_air",
                                           "movement_time_powerslide",
                                           "movement_count_powerslide",
                                           "movement_avg_powerslide_duration",
                                           "movement_avg_speed_percentage",
                                           "movement_percent_slow_speed",
                                           "movement_percent_boost_speed",
                                           "movement_percent_supersonic_speed",
                                           "movement_percent_ground",
                                           "movement_percent_low_air",
                                           "movement_percent_high_air",
                                           "positioning_avg_distance_to_ball",
                                           "positioning_avg_distance_to_ball_possession",
                                           "positioning_avg_distance_to_ball_no_possession",
                                           "positioning_avg_distance_to_mates",
                                           "positioning_time_defensive_third",
                                           "positioning_time_neutral_third",
                                           "positioning_time_offensive_third",
                                           "positioning_time_defensive_half",
                                           "positioning_time_offensive_half",
                                           "positioning_time_behind_ball",
                                           "positioning_time_infront_ball",
                                           "positioning_time_most_back",
                                           "positioning_time_most_forward",
                                           "positioning_goals_against_while_last_defender",
                                           "positioning_time_closest_to_ball",
                                           "positioning_time_farthest_from_ball",
                                           "positioning_percent_defensive_third",
                                           "positioning_percent_offensive_third",
                                           "positioning_percent_neutral_third",
                                           "positioning_percent_defensive_half",
                                           "positioning_percent_offensive_half",
                                           "positioning_percent_behind_ball",
                                           "positioning_percent_infront_ball",
                                           "positioning_percent_most_back",
                                           "positioning_percent_most_forward",
                                           "positioning_percent_closest_to_ball",
                                           "positioning_percent_farthest_from_ball",
                                           "demo_inflicted",
                                           "demo_taken"};
    static const QStringList columns = [] {
        QStringList names;
        for (const char *column : kColumns)
            names << QLatin1String(column);
        return names;
    }();
    return columns;
}

const QStringList &sideStatColumnsOfVersion5()
{
    // Frozen: never edit.
    static const QStringList columns = {
        QStringLiteral("positioning_percent_behind_ball"),
        QStringLiteral("positioning_avg_distance_to_ball"),
        QStringLiteral("positioning_time_defensive_third"),
        QStringLiteral("positioning_time_offensive_third"),
        QStringLiteral("movement_avg_speed"),
        QStringLiteral("movement_time_supersonic_speed"),
        QStringLiteral("movement_time_slow_speed"),
        QStringLiteral("boost_bpm"),
        QStringLiteral("boost_avg_amount"),
        QStringLiteral("boost_amount_stolen"),
        QStringLiteral("boost_percent_zero_boost"),
        QStringLiteral("boost_percent_full_boost"),
        QStringLiteral("core_score"),
        QStringLiteral("core_shots"),
        QStringLiteral("core_saves"),
        QStringLiteral("demo_inflicted"),
        QStringLiteral("demo_taken"),
    };
    return columns;
}

QString statColumnDefinitions(const QStringList &columns)
{
    QStringList definitions;
    for (const QString &column : columns)
        definitions << column + QStringLiteral(" INTEGER NOT NULL DEFAULT 0"); // x storageScale()
    return definitions.join(QStringLiteral(", "));
}

namespace {

const StatDefinition *statForColumn(const QString &column)
{
    for (const StatDefinition &stat : statCatalogue()) {
        if (stat.columnName() == column)
            return &stat;
    }
    return nullptr;
}

} // namespace

void addStatColumns(QSqlDatabase &db, const QStringList &columns, const QString &doing)
{
    QList<const StatDefinition *> stats;
    for (const QString &column : columns) {
        const StatDefinition *stat = statForColumn(column);
        if (!stat)
            throw StorageError(StorageError::Kind::Io,
                               QStringLiteral("%1: no stat has the column %2").arg(doing, column));
        stats << stat;
        for (const QString &table : {QStringLiteral("players"), QStringLiteral("role_day_totals")})
            execOrThrow(db,
                        QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 INTEGER NOT NULL DEFAULT 0")
                            .arg(table, column),
                        doing);
    }
    // Player rows are stored in the order of the detail's blue then orange players (slot).
    QStringList assignments;
    for (const QString &column : columns)
        assignments << column + QStringLiteral(" = ?");
    QSqlQuery update = prepareOrThrow(
        db,
        QStringLiteral("UPDATE players SET %1 WHERE rid = ? AND team = ? AND slot = ?")
            .arg(assignments.join(QStringLiteral(", "))),
        doing);
    QSqlQuery details(db);
    details.setForwardOnly(true);
    if (!details.exec(QStringLiteral("SELECT rid, body FROM replay_details")))
        throw StorageError::fromSql(details.lastError(), doing);
    while (details.next()) {
        const qint64 rid = details.value(0).toLongLong();
        const QJsonObject detail =
            QJsonDocument::fromJson(detailcodec::decompress(details.value(1).toByteArray()))
                .object();
        for (const QString &team : {QStringLiteral("blue"), QStringLiteral("orange")}) {
            const QJsonArray players =
                detail.value(team).toObject().value(QStringLiteral("players")).toArray();
            for (qsizetype slot = 0; slot < players.size(); ++slot) {
                const QJsonObject groups =
                    players.at(slot).toObject().value(QStringLiteral("stats")).toObject();
                for (const StatDefinition *stat : std::as_const(stats))
                    update.addBindValue(qint64(std::llround(groups.value(stat->groupName())
                                                                .toObject()
                                                                .value(stat->keyName())
                                                                .toDouble(0.0) *
                                                            double(stat->storageScale()))));
                update.addBindValue(rid);
                update.addBindValue(team);
                update.addBindValue(int(slot));
                execOrThrow(update, doing);
            }
        }
    }
    // The role totals hold sums of the old columns only: emptying the roles makes the next start
    // rebuild roles and totals with the new column.
    execOrThrow(db, QStringLiteral("DELETE FROM player_roles"), doing);
}

QStringList missingStatColumns(QSqlDatabase &db)
{
    QSqlQuery info(db);
    QSet<QString> present;
    if (info.exec(QStringLiteral("PRAGMA table_info(players)"))) {
        while (info.next())
            present.insert(info.value(1).toString());
    }
    QStringList missing;
    for (const StatDefinition &stat : statCatalogue()) {
        if (!present.contains(stat.columnName()))
            missing << stat.columnName();
    }
    return missing;
}

} // namespace bcs
