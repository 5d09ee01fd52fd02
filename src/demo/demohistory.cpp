#include "demo/demohistory.h"

#include <QRandomGenerator>
#include <QTimeZone>
#include <iterator>

namespace bcs::demo {

namespace {

constexpr quint32 kDemoSeed = 2026;

// The player lives one hour ahead of UTC all year: a fixed offset, so the schedule does not
// depend on the time zone database of the machine that builds it.
const QTimeZone &playerZone()
{
    static const QTimeZone zone(3600);
    return zone;
}

struct PlaylistWeight
{
    PlaylistKind kind;
    int weight;
};

// What a session is mostly played in: ranked doubles with a mate most evenings.
const PlaylistWeight kSessionPlaylists[] = {
    {PlaylistKind::RankedDoubles, 36},  {PlaylistKind::RankedStandard, 22},
    {PlaylistKind::RankedDuels, 9},     {PlaylistKind::UnrankedStandard, 8},
    {PlaylistKind::UnrankedDoubles, 6}, {PlaylistKind::UnrankedDuels, 3},
    {PlaylistKind::PrivateDoubles, 4},  {PlaylistKind::PrivateStandard, 4},
    {PlaylistKind::Hoops, 5},           {PlaylistKind::Training, 3}};

PlaylistKind drawPlaylist(QRandomGenerator &random)
{
    int total = 0;
    for (const PlaylistWeight &entry : kSessionPlaylists)
        total += entry.weight;
    int roll = random.bounded(total);
    for (const PlaylistWeight &entry : kSessionPlaylists) {
        if (roll < entry.weight)
            return entry.kind;
        roll -= entry.weight;
    }
    return PlaylistKind::RankedDoubles;
}

bool onHoliday(const QDate &day)
{
    return day >= QDate(2026, 7, 18) && day <= QDate(2026, 8, 1);
}

// How likely a day has a session: weekends most, Mondays least.
int playChancePercent(const QDate &day)
{
    static const int kByWeekday[] = {55, 60, 60, 65, 70, 80, 75}; // Monday .. Sunday
    return kByWeekday[day.dayOfWeek() - 1];
}

void addSession(QList<ScheduledGame> &schedule, QRandomGenerator &random, const QDateTime &start,
                int games)
{
    const PlaylistKind main = drawPlaylist(random);
    QDateTime at = start;
    for (int game = 0; game < games; ++game) {
        // Now and then a game in another playlist: a break from ranked, a mate asking for one.
        const PlaylistKind kind = random.bounded(5) == 0 ? drawPlaylist(random) : main;
        schedule.append({at.toUTC(), kind});
        // A game (five minutes and overtime) and the queue to the next.
        at = at.addSecs(420 + random.bounded(300));
    }
}

} // namespace

QDateTime demoHistoryStart()
{
    return QDateTime(QDate(2025, 12, 1), QTime(0, 0), QTimeZone::utc());
}

QDateTime demoHistoryEnd()
{
    return QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc());
}

QList<ScheduledGame> demoSchedule()
{
    QRandomGenerator random(kDemoSeed);
    QList<ScheduledGame> schedule;
    // The last evening's games end before midnight UTC of the end date.
    const QDate last = demoHistoryEnd().date().addDays(-1);
    for (QDate day = demoHistoryStart().date(); day <= last; day = day.addDays(1)) {
        if (onHoliday(day) || random.bounded(100) >= playChancePercent(day))
            continue;
        const bool weekend = day.dayOfWeek() >= 6;
        // Each draw is its own statement: the order of a call's arguments is the compiler's
        // choice (gcc and clang differ), and the demo year must be the same year everywhere.
        if (weekend && random.bounded(100) < 40) { // an afternoon session too
            const int games = 2 + random.bounded(5);
            const int offsetSeconds = random.bounded(7200);
            addSession(schedule, random,
                       QDateTime(day, QTime(14, 0), playerZone()).addSecs(offsetSeconds), games);
        }
        // The evening session starts between 19:00 and 20:30, longer at weekends.
        const int games = weekend ? 4 + random.bounded(11) : 3 + random.bounded(10);
        const int offsetSeconds = random.bounded(5400);
        addSession(schedule, random,
                   QDateTime(day, QTime(19, 0), playerZone()).addSecs(offsetSeconds), games);
    }
    return schedule;
}

QList<GeneratedGame> demoHistory()
{
    return MatchHistory(kDemoSeed).games(demoSchedule());
}

} // namespace bcs::demo
