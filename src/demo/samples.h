#pragma once
// The real ballchasing samples the demo history is shaped from (tests/fixtures, compiled in as a
// Qt resource: the app never reads the source tree). Names are the fixtures' relative paths.

#include <QJsonObject>
#include <QString>

namespace bcs::demo {

// A sample that is not compiled in is a broken build, so it aborts instead of returning empty data.
QJsonObject sampleObject(const QString &relativePath);

} // namespace bcs::demo
