#pragma once
// A running sync as the player follows it: first the listing ("412 replays listed so far"), and
// once it is complete that players and results are ready to look at; then the details — a bar
// with found / fetched / already cached / failed / pending, the rate against the tier's cap and
// an ETA that counts the hourly limit.

#include "sync/synctypes.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace bcs {

class SyncProgressPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SyncProgressPanel(QWidget *parent = nullptr);

    // `capPerSecond`: the tier's detail rate (0 when unknown).
    void showStatus(const SyncStatus &status, int capPerSecond);
    void showIdle(const QString &text);

    QString phaseText() const;
    QString countsText() const;
    int progressValue() const;

private:
    QLabel *m_phase;
    QProgressBar *m_bar;
    QLabel *m_counts;
    QLabel *m_rate;
};

} // namespace bcs
