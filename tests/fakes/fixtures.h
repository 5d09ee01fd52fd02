#pragma once
// Reads the recorded ballchasing responses in tests/fixtures (real API samples). A missing
// fixture is a broken checkout, so it aborts the test instead of returning empty data.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace bcs::test {

QByteArray readFixture(const QString &relativePath);
QJsonObject readFixtureObject(const QString &relativePath);

} // namespace bcs::test
