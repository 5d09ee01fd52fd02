#pragma once
// What every fuzz target does with libFuzzer's bytes: views them as a QByteArray (no copy) and,
// for the JSON parsers, as a JSON document. A harness that finds an invariant broken calls
// fuzzCheck(), which aborts, so libFuzzer keeps the input as a finding.

#include <QByteArray>
#include <QJsonDocument>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace bcs::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QJsonDocument json(const uint8_t *data, size_t size)
{
    return QJsonDocument::fromJson(bytes(data, size));
}

inline void fuzzCheck(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace bcs::fuzz
