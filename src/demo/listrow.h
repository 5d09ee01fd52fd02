#pragma once
// The `GET /replays` list-row shape of a detail (API.md §7), as ballchasing makes it:
// `replay_title`, `date_has_tz`, team `goals` omitted when 0, players without stats. The demo
// cache is listed from these rows like a sync; the tests' fake server answers with them.

#include <QJsonObject>

namespace bcs::demo {

QJsonObject listRowFromDetail(const QJsonObject &detail);

} // namespace bcs::demo
