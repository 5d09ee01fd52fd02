#pragma once
// The Replays page's detail pane: the selected replay's score with the game's team colours, when
// and where it was played, and both teams' players with their resolved roles and key stats; and
// Open on ballchasing.com. Reads through the query service; never on the GUI thread.

#include "stats/replaylist.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace bcs {

class QueryService;
class ReplayPlayersModel;

class ReplayDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayDetailPane(QueryService *queries, QWidget *parent = nullptr);

    // Reads and shows this replay; an empty id shows the hint to select one.
    void showReplay(const QString &id);
    QString replayId() const { return m_id; }
    // Reads the replay shown again (its detail arrived, roles were saved).
    void reload();
    // The detail shown (after showReplay's answer arrived).
    void setDetail(const std::optional<ReplayDetail> &detail);

    ReplayPlayersModel *playersModel() const { return m_model; }
    QTableView *playersView() const { return m_players; }
    QString scoreText() const;

    static QUrl ballchasingUrl(const QString &id);
    static void openOnBallchasing(const QString &id);

Q_SIGNALS:
    void detailShown(const QString &id);

private:
    void changeEvent(QEvent *event) override;
    void showMarks();
    void fitColumns();

    QueryService *m_queries;
    QString m_id;
    ReplayPlayersModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_hint;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_blueMark;
    QLabel *m_score;
    QLabel *m_orangeMark;
    QLabel *m_result;
    QLabel *m_note;
    QPushButton *m_open;
    QTableView *m_players;
};

} // namespace bcs
