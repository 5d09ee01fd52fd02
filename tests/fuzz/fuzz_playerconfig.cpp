// parsePlayerConfig on any JSON, and its promise that a config is valid or refused with a
// reason: an accepted config survives toJson() and parses back to the same config.

#include "core/playerconfig.h"
#include "fuzzinput.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

using bcs::fuzz::fuzzCheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = bcs::fuzz::json(data, size);
    const QJsonValue value = document.isObject()  ? QJsonValue(document.object())
                             : document.isArray() ? QJsonValue(document.array())
                                                  : QJsonValue();
    const bcs::PlayerConfigParse parsed = bcs::parsePlayerConfig(value);
    fuzzCheck(parsed.config.has_value() != !parsed.error.isEmpty(),
              "a config is either accepted or refused with a reason");
    if (!parsed.config)
        return 0;
    const bcs::PlayerConfigParse again = bcs::parsePlayerConfig(parsed.config->toJson());
    fuzzCheck(again.config.has_value(), "an accepted config parses back");
    // Aliases come back in JSON key order, which trimming can change: compare them sorted.
    auto sortedMates = [](QList<QPair<QString, QStringList>> mates) {
        std::sort(mates.begin(), mates.end());
        return mates;
    };
    fuzzCheck(again.config->me == parsed.config->me &&
                  sortedMates(again.config->teammates) == sortedMates(parsed.config->teammates),
              "an accepted config parses back unchanged");
    for (const QString &entry : parsed.config->me)
        bcs::PlayerConfig::matchKey(entry);
    return 0;
}
