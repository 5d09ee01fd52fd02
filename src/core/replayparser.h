#pragma once
// Reads ballchasing JSON (a detail, or a row of a list page) into the domain types. Tolerant of
// everything the samples show: missing team goals, missing names, bots with `id: {}`, no
// playlist, `orange: {}`, substitutions. Never throws; a field it cannot read is zero/empty.

#include "core/replay.h"

#include <QJsonObject>

namespace bcs {

ParsedReplay parseReplayDetail(const QJsonObject &detail);
ReplaySummary parseReplayListRow(const QJsonObject &row);
// The same row with its listed players (both teams, in array order).
ListedReplay parseListedReplay(const QJsonObject &row);

} // namespace bcs
