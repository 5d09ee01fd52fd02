#pragma once
// Who is "me" and who are my named teammates (DESIGN.md §6), in the seed's JSON shape:
// {"me": ["name", "steam:7656..."], "teammates": {"alice": ["Alice", "alice_alt"]}}.
// Names match case-insensitively after trimming; an entry written `platform:id` matches that
// account whatever its display name. Validation never half-accepts: a config is valid or refused.

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace bcs {

struct PlayerConfig
{
    QStringList me;
    QList<QPair<QString, QStringList>> teammates; // alias -> entries, in the order given

    QJsonObject toJson() const;
    bool isEmpty() const { return me.isEmpty() && teammates.isEmpty(); }

    // The match key of an entry: "steam:7656..." for account entries (platform lower-cased),
    // else the trimmed lower-cased name. isAccountKey tells which.
    static QString matchKey(const QString &entry);
    static bool isAccountEntry(const QString &entry);
};

struct PlayerConfigParse
{
    std::optional<PlayerConfig> config;
    QString error; // names the problem, e.g. "'Bob' is in two roles: me and teammate alice"
};
PlayerConfigParse parsePlayerConfig(const QJsonValue &json);

} // namespace bcs
