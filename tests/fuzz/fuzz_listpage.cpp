// parseListedReplay (a row's summary and its listed players) over every row of a list page's
// `list` array (or of a bare array), as the sync reads a page. Seeds: the list pages and list items in tests/fixtures.

#include "core/replayparser.h"
#include "fuzzinput.h"

#include <QJsonArray>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = bcs::fuzz::json(data, size);
    QJsonArray rows;
    if (document.isArray())
        rows = document.array();
    else if (document.isObject())
        rows = document.object().value(QStringLiteral("list")).toArray();
    if (document.isObject() && rows.isEmpty())
        rows.append(document.object()); // a single list item
    for (const QJsonValue &row : std::as_const(rows)) {
        const bcs::ListedReplay listed = bcs::parseListedReplay(row.toObject());
        for (const bcs::ListedPlayer &player : listed.players) {
            if (player.rank && player.rank->tier <= 0)
                __builtin_trap(); // a rank is a real rank or absent, never zeroed
        }
    }
    return 0;
}
