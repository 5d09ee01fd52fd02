#include "gui/pages/replaydetailpane.h"

#include "gui/common/tableexport.h"
#include "gui/common/textformat.h"
#include "gui/models/replayplayersmodel.h"
#include "gui/models/replaysmodel.h"
#include "gui/services/queryservice.h"
#include "storage/database.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace bcs {


ReplayDetailPane::ReplayDetailPane(QueryService *queries, QWidget *parent)
    : QWidget(parent)
    , m_queries(queries)
    , m_model(new ReplayPlayersModel(this))
    , m_stack(new QStackedWidget(this))
    , m_hint(new QLabel(tr("Select a replay to see who played in it and how."), m_stack))
    , m_title(new QLabel)
    , m_facts(new QLabel)
    , m_blueMark(new QLabel)
    , m_score(new QLabel)
    , m_orangeMark(new QLabel)
    , m_result(new QLabel)
    , m_note(new QLabel)
    , m_open(new QPushButton(tr("Open on &ballchasing.com")))
    , m_players(new QTableView)
{
    setAccessibleName(tr("Replay details"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText); // a hint, yet readable and enabled
    m_stack->addWidget(m_hint);

    auto *detail = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QHBoxLayout;
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_title->setAccessibleName(tr("Replay title"));
    heading->addWidget(m_title, 1);
    m_open->setAccessibleName(tr("Open on ballchasing.com"));
    m_open->setToolTip(tr("Opens this replay's page on ballchasing.com in your browser"));
    heading->addWidget(m_open, 0, Qt::AlignTop);
    layout->addLayout(heading);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    m_facts->setAccessibleName(tr("When and where it was played"));
    layout->addWidget(m_facts);

    auto *score = new QHBoxLayout;
    QFont scoreFont = m_score->font();
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 1.3);
    scoreFont.setBold(true);
    m_score->setFont(scoreFont);
    m_score->setAccessibleName(tr("Score"));
    m_result->setFont(scoreFont);
    m_blueMark->setAccessibleName(tr("Blue team colour"));
    m_orangeMark->setAccessibleName(tr("Orange team colour"));
    score->addWidget(m_blueMark);
    score->addWidget(m_score);
    score->addWidget(m_orangeMark);
    score->addSpacing(fontMetrics().averageCharWidth() * 3);
    score->addWidget(m_result);
    score->addStretch(1);
    layout->addLayout(score);

    m_players->setModel(m_model);
    m_players->setAccessibleName(tr("Players of the replay"));
    m_players->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_players->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_players->verticalHeader()->hide();
    m_players->setWordWrap(false);
    m_players->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_players->verticalHeader()->setDefaultSectionSize(m_players->fontMetrics().height() * 3 / 2 + 2);
    // Stat labels are long ("Boost used per minute") over short numbers: they wrap onto two
    // lines in a column as wide as their longest word (fitColumns()).
    m_players->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(int(Qt::AlignCenter) | int(Qt::TextWordWrap)));
    m_players->horizontalHeader()->setTextElideMode(Qt::ElideNone);
    m_players->horizontalHeader()->setHighlightSections(false);
    m_players->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    tableexport::install(m_players, QStringLiteral("replay-players"));
    layout->addWidget(m_players, 1);
    m_note->setWordWrap(true);
    m_note->setEnabled(false);
    layout->addWidget(m_note);
    m_stack->addWidget(detail);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    connect(m_open, &QPushButton::clicked, this, [this] { openOnBallchasing(m_id); });
    showMarks();
    setDetail(std::nullopt);
}

QUrl ReplayDetailPane::ballchasingUrl(const QString &id)
{
    return QUrl(QStringLiteral("https://ballchasing.com/replay/") +
                QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

void ReplayDetailPane::openOnBallchasing(const QString &id)
{
    if (!id.isEmpty())
        QDesktopServices::openUrl(ballchasingUrl(id));
}

void ReplayDetailPane::reload()
{
    if (m_id.isEmpty())
        return;
    const QString id = m_id;
    m_id.clear();
    showReplay(id);
}

void ReplayDetailPane::showReplay(const QString &id)
{
    if (id == m_id && m_model->detail())
        return;
    m_id = id;
    if (id.isEmpty()) {
        setDetail(std::nullopt);
        return;
    }
    m_queries->request(
        QStringLiteral("replays.detail.%1").arg(quintptr(this)), this,
        [id](const Database &db) { return replayDetail(db, id); },
        [this, id](const std::optional<ReplayDetail> &detail) {
            if (id == m_id)
                setDetail(detail);
        },
        [this, id](const QString &message) {
            if (id != m_id)
                return;
            setDetail(std::nullopt);
            m_hint->setText(tr("This replay could not be read: %1").arg(message));
        });
}

void ReplayDetailPane::setDetail(const std::optional<ReplayDetail> &detail)
{
    m_model->setDetail(detail);
    if (!detail) {
        m_hint->setText(tr("Select a replay to see who played in it and how."));
        m_stack->setCurrentWidget(m_hint);
        return;
    }
    m_id = detail->replay.id;
    const ReplayWithRoles &replay = detail->replay;
    m_title->setText(replay.title.isEmpty() ? tr("Untitled replay") : replay.title);
    QStringList facts;
    const QDateTime played = QDateTime::fromMSecsSinceEpoch(detail->dateMs);
    facts << tr("%1 at %2").arg(QLocale().toString(played.date(), QLocale::LongFormat),
                                QLocale().toString(played.time(), QLocale::ShortFormat));
    if (!detail->playlistName.isEmpty())
        facts << detail->playlistName;
    if (!replay.mapName.isEmpty())
        facts << replay.mapName;
    facts << ReplaysModel::durationText(replay.duration, replay.overtime);
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    m_score->setText(tr("Blue %1 – %2 Orange")
                         .arg(text::count(replay.blueGoals), text::count(replay.orangeGoals)));
    if (replay.myTeam.isEmpty()) {
        m_result->setText(tr("You did not play"));
    } else {
        const bool orange = replay.myTeam == QLatin1String("orange");
        const int difference = orange ? replay.orangeGoals - replay.blueGoals
                                      : replay.blueGoals - replay.orangeGoals;
        const QString result = difference > 0 ? tr("Win") : difference < 0 ? tr("Loss") : tr("Tie");
        m_result->setText(orange ? tr("%1 (you played orange)").arg(result)
                                 : tr("%1 (you played blue)").arg(result));
    }
    m_note->setText(detail->detailed
                        ? QString()
                        : tr("Only the listing of this replay is cached so far: its players and "
                             "scores. The other stats arrive with its details at the next sync."));
    m_note->setVisible(!detail->detailed);
    fitColumns();
    m_stack->setCurrentIndex(1);
    Q_EMIT detailShown(m_id);
}

void ReplayDetailPane::fitColumns()
{
    QHeaderView *header = m_players->horizontalHeader();
    const QFontMetrics metrics = header->fontMetrics();
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int padding = 2 * margin + metrics.averageCharWidth() * 2;
    const QFontMetrics cellMetrics = m_players->fontMetrics();
    int labelHeight = metrics.lineSpacing();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        // The cells' own width (the view's would take the header's one-line width).
        int width = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, column);
            const QPixmap mark = index.data(Qt::DecorationRole).value<QPixmap>();
            width = std::max(width, cellMetrics.horizontalAdvance(index.data().toString()) +
                                        (mark.isNull() ? 0 : mark.width() + cellMetrics.averageCharWidth()) +
                                        padding);
        }
        const QStringList words =
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().split(QLatin1Char(' '));
        for (const QString &word : words)
            width = std::max(width, metrics.horizontalAdvance(word) + padding);
        header->resizeSection(column, width);
        const QString label = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        labelHeight = std::max(labelHeight, metrics.boundingRect(QRect(0, 0, width - 2 * margin, 1000),
                                                                  Qt::TextWordWrap, label).height());
    }
    header->setFixedHeight(labelHeight + 2 * margin + metrics.descent());
    // Every player in sight without scrolling (8 in a chaos game), the table above giving way.
    const int rows = std::max(6, m_model->rowCount());
    m_players->setMinimumHeight(header->height() +
                                rows * m_players->verticalHeader()->defaultSectionSize() +
                                style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
                                2 * m_players->frameWidth());
}

QString ReplayDetailPane::scoreText() const
{
    return m_stack->currentIndex() == 1 ? m_score->text() + QLatin1Char(' ') + m_result->text()
                                        : QString();
}

void ReplayDetailPane::showMarks()
{
    const int side = std::max(10, m_score->fontMetrics().height() * 3 / 4);
    m_blueMark->setPixmap(ReplayPlayersModel::colourMark(
        ReplayPlayersModel::teamColour(QStringLiteral("blue")), side));
    m_orangeMark->setPixmap(ReplayPlayersModel::colourMark(
        ReplayPlayersModel::teamColour(QStringLiteral("orange")), side));
}

void ReplayDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        showMarks();
    QWidget::changeEvent(event);
}

} // namespace bcs
