#include "gui/roles/rolebuckets.h"

#include <QCoreApplication>

#include <algorithm>

namespace bcs::rolebuckets {

namespace {
QStringList *bucketEntries(PlayerConfig &config, int bucket)
{
    if (bucket == kMe)
        return &config.me;
    if (bucket >= 1 && bucket <= config.teammates.size())
        return &config.teammates[bucket - 1].second;
    return nullptr;
}

QString cleanAlias(const QString &alias)
{
    return alias.simplified();
}

} // namespace

// A saved config gives its teammates back by alias (a JSON object's keys, sorted): kept so while
// editing, a bucket keeps its place and its colour after saving.
PlayerConfig inSavedOrder(PlayerConfig config)
{
    std::stable_sort(config.teammates.begin(), config.teammates.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    return config;
}

int bucketCount(const PlayerConfig &config)
{
    return 1 + int(config.teammates.size());
}

int teammateBucket(const PlayerConfig &config, const QString &alias)
{
    for (int i = 0; i < config.teammates.size(); ++i) {
        if (config.teammates.at(i).first == alias)
            return i + 1;
    }
    return kNotAssigned;
}

QStringList entries(const PlayerConfig &config, int bucket)
{
    if (bucket == kMe)
        return config.me;
    if (bucket >= 1 && bucket <= config.teammates.size())
        return config.teammates.at(bucket - 1).second;
    return {};
}

int bucketOf(const PlayerConfig &config, const QString &entry)
{
    const QString key = PlayerConfig::matchKey(entry);
    for (int bucket = 0; bucket < bucketCount(config); ++bucket) {
        for (const QString &held : entries(config, bucket)) {
            if (PlayerConfig::matchKey(held) == key)
                return bucket;
        }
    }
    return kNotAssigned;
}

QString bucketName(const PlayerConfig &config, int bucket)
{
    if (bucket == kMe)
        return QCoreApplication::translate("bcs::RoleBuckets", "Me");
    if (bucket >= 1 && bucket <= config.teammates.size())
        return config.teammates.at(bucket - 1).first;
    return QCoreApplication::translate("bcs::RoleBuckets", "Not assigned");
}

QString bucketRole(const PlayerConfig &config, int bucket)
{
    if (bucket == kMe)
        return QStringLiteral("me");
    if (bucket >= 1 && bucket <= config.teammates.size())
        return QStringLiteral("teammate:") + config.teammates.at(bucket - 1).first;
    return {};
}

PlayerConfig assign(PlayerConfig config, const QStringList &entries, int bucket)
{
    QSet<QString> moving;
    QStringList unique; // the first of entries with one match key
    for (const QString &entry : entries) {
        const QString trimmed = entry.trimmed();
        if (!trimmed.isEmpty() && !moving.contains(PlayerConfig::matchKey(trimmed))) {
            moving.insert(PlayerConfig::matchKey(trimmed));
            unique.append(trimmed);
        }
    }
    for (int held = 0; held < bucketCount(config); ++held) {
        QStringList *list = bucketEntries(config, held);
        list->removeIf([&](const QString &entry) {
            return moving.contains(PlayerConfig::matchKey(entry));
        });
    }
    if (QStringList *target = bucketEntries(config, bucket))
        target->append(unique);
    return config;
}

bool aliasTaken(const PlayerConfig &config, const QString &alias, int exceptBucket)
{
    const QString wanted = cleanAlias(alias);
    for (int i = 0; i < config.teammates.size(); ++i) {
        if (i + 1 != exceptBucket
            && config.teammates.at(i).first.compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<PlayerConfig> addTeammate(PlayerConfig config, const QString &alias)
{
    const QString clean = cleanAlias(alias);
    if (clean.isEmpty() || aliasTaken(config, clean))
        return std::nullopt;
    config.teammates.append({clean, {}});
    return inSavedOrder(std::move(config));
}

std::optional<PlayerConfig> renameTeammate(PlayerConfig config, int bucket, const QString &alias)
{
    const QString clean = cleanAlias(alias);
    if (bucket < 1 || bucket > config.teammates.size() || clean.isEmpty()
        || aliasTaken(config, clean, bucket))
        return std::nullopt;
    config.teammates[bucket - 1].first = clean;
    return inSavedOrder(std::move(config));
}

PlayerConfig removeTeammate(PlayerConfig config, int bucket)
{
    if (bucket >= 1 && bucket <= config.teammates.size())
        config.teammates.removeAt(bucket - 1);
    return config;
}

QString freeAlias(const PlayerConfig &config)
{
    for (int n = 1;; ++n) {
        const QString alias = QCoreApplication::translate("bcs::RoleBuckets", "Teammate %1").arg(n);
        if (!aliasTaken(config, alias))
            return alias;
    }
}

bool sameBuckets(const PlayerConfig &a, const PlayerConfig &b)
{
    return a.me == b.me && a.teammates == b.teammates;
}

} // namespace bcs::rolebuckets
