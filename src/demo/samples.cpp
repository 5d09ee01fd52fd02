#include "demo/samples.h"

#include <QFile>
#include <QJsonDocument>

namespace bcs::demo {

QJsonObject sampleObject(const QString &relativePath)
{
    QFile file(QStringLiteral(":/bcstats/demo/samples/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("bcstats: the demo sample %s is not compiled in", qPrintable(relativePath));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        qFatal("bcstats: the demo sample %s is not a JSON object: %s", qPrintable(relativePath),
               qPrintable(error.errorString()));
    return document.object();
}

} // namespace bcs::demo
