#pragma once
// A page whose content comes with the next part of the window (Players, Stats, Analysis,
// Replays): it says plainly what it will show and what is missing before it can — "Sync
// first", "Tell us which names are yours" — with the next step as a button.

#include "sync/syncoverview.h"

#include <QWidget>

namespace bcs {

class EmptyState;

class PendingPage : public QWidget
{
    Q_OBJECT

public:
    // `needsMe`: the page answers from my side, so it needs to know which names are mine.
    PendingPage(const QString &title, const QString &willShow, bool needsMe,
                QWidget *parent = nullptr);

    void showState(const CacheState &state);
    QString text() const;

Q_SIGNALS:
    void syncRequested();
    void playersRequested();

private:
    QString m_title;
    QString m_willShow;
    bool m_needsMe;
    EmptyState *m_empty;
    enum class Next { Sync, Players, None } m_next = Next::Sync;
};

} // namespace bcs
