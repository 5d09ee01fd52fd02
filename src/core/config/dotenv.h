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

} // namespace bcs
