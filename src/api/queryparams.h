#pragma once
// Validation of query parameters (and JSON body fields) shared by every controller: each
// function returns the typed value or throws ApiError 400 naming the parameter and what it takes.

#include "api/apirequest.h"
#include "core/rfc3339.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace bcs::params {

std::optional<QDateTime> date(const QString &name, const QString &value, DayBound bound);
std::optional<QDateTime> date(const ApiRequest &request, const QString &name, DayBound bound);
int integer(const ApiRequest &request, const QString &name, int defaultValue, int minimum,
            int maximum);
bool boolean(const QString &name, const QString &value);
bool boolean(const ApiRequest &request, const QString &name, bool defaultValue);
// The request body as a JSON object: empty body = empty object; anything not JSON is refused.
QJsonObject jsonBody(const ApiRequest &request);

} // namespace bcs::params
