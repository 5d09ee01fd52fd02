#pragma once
// Makes realistic replay details for tests and benchmarks: the real 3v3 sample with a new id,
// dates, map, goals and stats varied per replay, the same six accounts recurring (so identity and
// role code has something to chew on). Deterministic for a given seed.

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace bcs::test {

class ReplayGenerator
{
public:
    static constexpr const char *kDefaultOwnerSteamId = "76561198007191405"; // the ping fixture's

    explicit ReplayGenerator(quint32 seed = 1, const QString &templateFixture = QStringLiteral(
                                                   "replay_detail_3v3_unranked_2024.json"));

    void setOwnerSteamId(const QString &steamId) { m_ownerSteamId = steamId; }

    QJsonObject makeDetail(int index, const QDateTime &matchDate, const QDateTime &created) const;
    // `count` details, match dates `spacingSeconds` apart from `firstMatch`, each uploaded
    // ten minutes after its match.
    QList<QJsonObject> makeDetails(int count, const QDateTime &firstMatch,
                                   qint64 spacingSeconds) const;
    // What ballchasing answers before parsing finished / when it failed: a few fields only.
    QJsonObject makeUnparsed(int index, const QString &status, const QDateTime &created) const;

    // The `GET /replays` list-row shape of a detail (demo/listrow.h).
    static QJsonObject summaryFromDetail(const QJsonObject &detail);

    QString idFor(int index) const;

private:
    quint32 m_seed;
    QJsonObject m_template;
    QJsonObject m_mapNames; // code -> display name
    QString m_ownerSteamId = QString::fromLatin1(kDefaultOwnerSteamId);
};

} // namespace bcs::test
