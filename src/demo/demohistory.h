#pragma once
// The history `bcstats --demo` shows: a year of one player's games (MatchHistory's people and
// shapes) played as people play, in evening sessions of several games, more at weekends, a
// summer holiday without any; each session mostly in one playlist. The year ends at a fixed
// date, not now, so every build of the demo is the same.

#include "demo/matchhistory.h"

#include <QDateTime>
#include <QList>

namespace bcs::demo {

// [demoHistoryStart(), demoHistoryEnd()): 2025-12-01 to 2026-11-30 inclusive, UTC.
QDateTime demoHistoryStart();
QDateTime demoHistoryEnd();

// When each game of the year is played, and in which playlist (about 2,000 games).
QList<ScheduledGame> demoSchedule();
QList<GeneratedGame> demoHistory();

} // namespace bcs::demo
