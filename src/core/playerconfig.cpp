#include "core/playerconfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace bcs {

namespace {

struct PlayerConfigTr
{
    Q_DECLARE_TR_FUNCTIONS(bcs::PlayerConfig)
};

const QStringList &platforms()
{
    // Platforms ballchasing uses in `id.platform` (API.md §4).
    static const QStringList known{QStringLiteral("steam"),  QStringLiteral("epic"),
                                   QStringLiteral("ps4"),    QStringLiteral("xbox"),
                                   QStringLiteral("psynet"), QStringLiteral("switch")};
    return known;
}

// Reads an array of non-empty strings; `where` names it in errors.
std::optional<QStringList> readNames(const QJsonValue &value, const QString &where, QString *error)
{
    if (!value.isArray()) {
        *error = PlayerConfigTr::tr("%1 must be a list of names").arg(where);
        return std::nullopt;
    }
    QStringList names;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            *error = PlayerConfigTr::tr("%1[%2] must be a name (a string), not %3")
                         .arg(where)
                         .arg(i)
                         .arg(array.at(i).isNull()
                                  ? QStringLiteral("null")
                                  : QString::fromUtf8(QJsonDocument(QJsonArray{array.at(i)})
                                                          .toJson(QJsonDocument::Compact))
                                        .mid(1)
                                        .chopped(1));
            return std::nullopt;
        }
        const QString name = array.at(i).toString().trimmed();
        if (name.isEmpty()) {
            *error = PlayerConfigTr::tr("%1[%2] is an empty name").arg(where).arg(i);
            return std::nullopt;
        }
        if (name.size() > 200) {
            *error = PlayerConfigTr::tr("%1[%2] is longer than 200 characters").arg(where).arg(i);
            return std::nullopt;
        }
        names << name;
    }
    return names;
}

} // namespace

bool PlayerConfig::isAccountEntry(const QString &entry)
{
    const qsizetype colon = entry.indexOf(QLatin1Char(':'));
    return colon > 0 && colon < entry.size() - 1 &&
           platforms().contains(entry.left(colon).trimmed().toLower());
}

QString PlayerConfig::matchKey(const QString &entry)
{
    const QString trimmed = entry.trimmed();
    if (isAccountEntry(trimmed)) {
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        return trimmed.left(colon).trimmed().toLower() + QLatin1Char(':') +
               trimmed.mid(colon + 1).trimmed().toLower();
    }
    return trimmed.toLower();
}

QJsonObject PlayerConfig::toJson() const
{
    QJsonObject mates;
    for (const auto &[alias, names] : teammates)
        mates.insert(alias, QJsonArray::fromStringList(names));
    return {{QStringLiteral("me"), QJsonArray::fromStringList(me)},
            {QStringLiteral("teammates"), mates}};
}

PlayerConfigParse parsePlayerConfig(const QJsonValue &json)
{
    if (!json.isObject())
        return {std::nullopt,
                PlayerConfigTr::tr(
                    "the config must be a JSON object like {\"me\": [...], \"teammates\": {...}}")};
    const QJsonObject object = json.toObject();
    for (const QString &key : object.keys()) {
        if (key != QLatin1String("me") && key != QLatin1String("teammates"))
            return {std::nullopt,
                    PlayerConfigTr::tr("unknown key '%1'; a config has only 'me' and 'teammates'")
                        .arg(key)};
    }
    PlayerConfig config;
    QString error;
    if (object.contains(QStringLiteral("me"))) {
        const auto me = readNames(object.value(QStringLiteral("me")), QStringLiteral("me"), &error);
        if (!me)
            return {std::nullopt, error};
        config.me = *me;
    }
    if (object.contains(QStringLiteral("teammates"))) {
        const QJsonValue mates = object.value(QStringLiteral("teammates"));
        if (!mates.isObject())
            return {std::nullopt, PlayerConfigTr::tr(
                                      "teammates must be an object: {\"alias\": [\"name\", ...]}")};
        const QJsonObject matesObject = mates.toObject();
        QHash<QString, QString> aliasKeys;
        for (auto it = matesObject.begin(); it != matesObject.end(); ++it) {
            const QString alias = it.key().trimmed();
            if (alias.isEmpty())
                return {std::nullopt, PlayerConfigTr::tr("a teammate alias is empty")};
            if (aliasKeys.contains(alias.toLower()))
                return {std::nullopt,
                        PlayerConfigTr::tr("teammate alias '%1' is given twice").arg(alias)};
            aliasKeys.insert(alias.toLower(), alias);
            const auto names =
                readNames(it.value(), QStringLiteral("teammates.%1").arg(alias), &error);
            if (!names)
                return {std::nullopt, error};
            config.teammates.append({alias, *names});
        }
    }
    // One name, one role: the same name (or account) in two places would make roles ambiguous.
    QHash<QString, QString> owner;
    const auto claim = [&owner](const QString &entry, const QString &role) -> QString {
        const QString key = PlayerConfig::matchKey(entry);
        const auto existing = owner.constFind(key);
        if (existing != owner.cend() && *existing != role)
            return PlayerConfigTr::tr("'%1' is in two roles: %2 and %3")
                .arg(entry, *existing, role);
        owner.insert(key, role);
        return {};
    };
    for (const QString &name : std::as_const(config.me)) {
        if (const QString conflict = claim(name, QStringLiteral("me")); !conflict.isEmpty())
            return {std::nullopt, conflict};
    }
    for (const auto &[alias, names] : std::as_const(config.teammates)) {
        for (const QString &name : names) {
            if (const QString conflict = claim(name, PlayerConfigTr::tr("teammate %1").arg(alias));
                !conflict.isEmpty())
                return {std::nullopt, conflict};
        }
    }
    return {config, {}};
}

} // namespace bcs
