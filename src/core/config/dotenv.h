#pragma once
// Parses .env files: KEY=VALUE lines, `#` comments, optional `export `, single quotes (literal)
// and double quotes (with \n \t \" \\ escapes). A malformed line is reported with its number
// and skipped; it never stops the rest of the file from loading.

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace bcs {

struct DotEnvParseResult
{
    QMap<QString, QString> values;
    QStringList errors; // "line 3: ..."
};

DotEnvParseResult parseDotEnv(const QByteArray &content);

// `content` with `key` set to `value` (double-quoted, escaped as the parser reads it), replacing
// every earlier line that set it; an empty `value` removes the key. Comments, blank lines and
// other keys stay as they were.
QByteArray withDotEnvValue(const QByteArray &content, const QString &key, const QString &value);

} // namespace bcs
