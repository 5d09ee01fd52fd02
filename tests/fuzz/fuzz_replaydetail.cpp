// parseReplayDetail on any JSON: it promises never to throw and to read what it cannot
// understand as zero/empty. Seeds: the replay details in tests/fixtures.

#include "core/replayparser.h"
#include "fuzzinput.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = bcs::fuzz::json(data, size);
    if (document.isObject())
        bcs::parseReplayDetail(document.object());
    return 0;
}
