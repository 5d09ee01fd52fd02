#include "gui/pages/ranktab.h"

#include "core/rfc3339.h"
#include "gui/charts/chart.h"
#include "gui/common/rolecolours.h"
#include "gui/common/textformat.h"
#include "gui/services/queryservice.h"
#include "storage/database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace bcs {

RankTab::RankTab(const WindowServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_playlists(new QComboBox(this))
    , m_chart(createChart(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Playlist:"), this);
    label->setBuddy(m_playlists);
    m_playlists->setAccessibleName(tr("Ranked playlist"));
    m_playlists->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    row->addWidget(label);
    row->addWidget(m_playlists);
    row->addStretch();
    layout->addLayout(row);
    m_chart->setAccessibleName(tr("My rank over time"));
    layout->addWidget(m_chart, 1);
    connect(m_playlists, &QComboBox::activated, this, &RankTab::showPlaylist);
    connect(m_chart, &Chart::pointClicked, this, [this](int, int point) {
        const QList<RankGame> games = shownGames();
        if (point >= 0 && point < games.size())
            Q_EMIT replaysRequested({games.at(point).replayId},
                                    tr("%1 on %2").arg(games.at(point).name, games.at(point).date));
    });
}

void RankTab::refresh(const StatsFilter &filter)
{
    m_services.queries->request(
        QStringLiteral("analysis-rank"), this,
        [filter](const Database &database) {
            return rankHistory(database.connection(Database::Access::ReadOnly), filter);
        },
        [this](const QList<RankGame> &games) {
            m_games = games;
            const QString previous = m_playlists->currentData().toString();
            m_playlists->clear();
            QStringList seen;
            for (const RankGame &game : games) {
                if (seen.contains(game.playlist))
                    continue;
                seen.append(game.playlist);
                m_playlists->addItem(game.playlistName.isEmpty() ? game.playlist : game.playlistName,
                                     game.playlist);
            }
            const int keep = m_playlists->findData(previous);
            m_playlists->setCurrentIndex(keep >= 0 ? keep : 0);
            showPlaylist();
        });
}

QList<RankGame> RankTab::shownGames() const
{
    QList<RankGame> games;
    const QString playlist = m_playlists->currentData().toString();
    for (const RankGame &game : m_games) {
        if (game.playlist == playlist)
            games.append(game);
    }
    return games;
}

void RankTab::showPlaylist()
{
    ChartSpec spec;
    spec.xAxis = ChartSpec::XAxis::Dates;
    spec.xTitle = tr("Date");
    spec.yTitle = tr("Rank tier (1 Bronze I … 22 Supersonic Legend)");
    spec.emptyText = tr("No ranked games with a rank under these filters");
    ChartSeries mine{ChartSeries::Kind::Line, tr("My rank"), colours::me(), {}, false};
    ChartSeries opponents{ChartSeries::Kind::Points, tr("Opponents' mean"), colours::opponents(), {}, false};
    for (const RankGame &game : shownGames()) {
        const auto when = parseRfc3339(game.date);
        if (!when)
            continue;
        const double x = double(when->toMSecsSinceEpoch());
        mine.points.append({x, double(game.tier), {}, {},
                            tr("%1, %2").arg(game.name, text::shortDateTime(when->toLocalTime()))});
        if (game.opponentsMeanTier)
            opponents.points.append({x, *game.opponentsMeanTier, {}, {},
                                     tr("Opponents' mean tier %1 (of %2 with a rank)")
                                         .arg(text::decimal(*game.opponentsMeanTier))
                                         .arg(game.opponentsRanked)});
    }
    spec.series = {mine, opponents};
    m_chart->setSpec(spec);
}

} // namespace bcs
