#include "gui/roles/playermime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>

namespace bcs::playermime {

QString type()
{
    return QStringLiteral("application/x-bcstats-players");
}

namespace {
QString originType()
{
    return QStringLiteral("application/x-bcstats-players-origin");
}
} // namespace

QMimeData *encode(const QStringList &entries, Origin origin)
{
    auto *data = new QMimeData;
    data->setData(originType(), QByteArray::number(int(origin)));
    data->setData(type(), QJsonDocument(QJsonArray::fromStringList(entries)).toJson(
                              QJsonDocument::Compact));
    data->setText(entries.join(QLatin1Char('\n')));
    return data;
}

bool cameFrom(const QMimeData *data, Origin origin)
{
    return data && data->data(originType()) == QByteArray::number(int(origin));
}

QStringList decode(const QMimeData *data)
{
    if (!data || !data->hasFormat(type()))
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(data->data(type()));
    QStringList entries;
    for (const QJsonValue &value : document.array()) {
        if (value.isString() && !value.toString().trimmed().isEmpty())
            entries.append(value.toString());
    }
    return entries;
}

} // namespace bcs::playermime
