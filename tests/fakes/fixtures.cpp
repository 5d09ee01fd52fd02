#include "fakes/fixtures.h"

#include <QFile>
#include <QJsonDocument>

namespace bcs::test {

QByteArray readFixture(const QString &relativePath)
{
    QFile file(QStringLiteral(BCS_FIXTURES_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QJsonObject readFixtureObject(const QString &relativePath)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readFixture(relativePath), &error);
    if (!document.isObject())
        qFatal("fixture %s is not a JSON object: %s", qPrintable(relativePath),
               qPrintable(error.errorString()));
    return document.object();
}

} // namespace bcs::test
