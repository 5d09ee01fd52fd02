#pragma once
// Checks a JSON value against a schema of our OpenAPI document (the subset it uses: $ref to
// components, type, nullable, properties, required, additionalProperties, items, allOf, enum).
// Returns what does not match, with a JSON path, so a test can print it.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace bcs::test {

class OpenApiSchema
{
public:
    explicit OpenApiSchema(QJsonObject document) : m_document(std::move(document)) {}

    // The schema of `method path`'s answer with `status`, e.g. ("get", "/api/players", 200).
    QJsonObject responseSchema(const QString &method, const QString &path, int status) const
    {
        const QJsonObject response =
            m_document[QStringLiteral("paths")][path][method][QStringLiteral("responses")]
                      [QString::number(status)]
                          .toObject();
        return resolve(response)[QStringLiteral("content")][QStringLiteral("application/json")]
                                [QStringLiteral("schema")]
                                    .toObject();
    }

    QStringList validate(const QJsonValue &value, const QJsonObject &schema,
                         const QString &where = QStringLiteral("$")) const
    {
        QStringList problems;
        check(value, resolve(schema), where, problems);
        return problems;
    }

private:
    QJsonObject resolve(QJsonObject schema) const
    {
        while (schema.contains(QStringLiteral("$ref"))) {
            QJsonValue node = m_document;
            const QString ref = schema[QStringLiteral("$ref")].toString();
            for (const QString &part : ref.mid(2).split(QLatin1Char('/')))
                node = node[part];
            schema = node.toObject();
        }
        return schema;
    }

    void check(const QJsonValue &value, const QJsonObject &schema, const QString &where,
               QStringList &problems) const
    {
        // `nullable` beside an allOf allows null whatever the parts say (a nullable $ref).
        if (value.isNull() && schema[QStringLiteral("nullable")].toBool())
            return;
        for (const QJsonValue part : schema[QStringLiteral("allOf")].toArray())
            check(value, resolve(part.toObject()), where, problems);
        if (value.isNull()) {
            if (schema.contains(QStringLiteral("type")) &&
                !schema[QStringLiteral("nullable")].toBool())
                problems << where + QStringLiteral(": null where ") +
                                schema[QStringLiteral("type")].toString() +
                                QStringLiteral(" is expected");
            return;
        }
        const QString type = schema[QStringLiteral("type")].toString();
        const bool typeOk = type.isEmpty() ||
                            (type == QLatin1String("object") && value.isObject()) ||
                            (type == QLatin1String("array") && value.isArray()) ||
                            (type == QLatin1String("string") && value.isString()) ||
                            (type == QLatin1String("boolean") && value.isBool()) ||
                            (type == QLatin1String("number") && value.isDouble()) ||
                            (type == QLatin1String("integer") && value.isDouble() &&
                             value.toDouble() == double(qint64(value.toDouble())));
        if (!typeOk) {
            problems << where + QStringLiteral(": expected ") + type + QStringLiteral(", got ") +
                            QString::fromUtf8(
                                QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                                .left(80);
            return;
        }
        if (schema.contains(QStringLiteral("enum")) &&
            !schema[QStringLiteral("enum")].toArray().contains(value))
            problems << where + QStringLiteral(": not one of the enum values");
        if (value.isArray()) {
            const QJsonObject items = resolve(schema[QStringLiteral("items")].toObject());
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size() && i < 50; ++i) // the first 50 are enough
                check(array[i], items, where + QStringLiteral("[%1]").arg(i), problems);
        }
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            const QJsonObject properties = schema[QStringLiteral("properties")].toObject();
            for (const QJsonValue name : schema[QStringLiteral("required")].toArray())
                if (!object.contains(name.toString()))
                    problems << where + QStringLiteral(": missing ") + name.toString();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString at = where + QLatin1Char('.') + it.key();
                if (properties.contains(it.key()))
                    check(it.value(), resolve(properties[it.key()].toObject()), at, problems);
                else if (schema[QStringLiteral("additionalProperties")].isObject())
                    check(it.value(),
                          resolve(schema[QStringLiteral("additionalProperties")].toObject()), at,
                          problems);
            }
        }
    }

    QJsonObject m_document;
};

} // namespace bcs::test
