#pragma once
// What a page shows while it has nothing to show (UI.md "States"): why it is empty, in one or
// two sentences, and the next action as a button.

#include <QWidget>

class QLabel;
class QPushButton;

namespace bcs {

class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    // An empty `action` hides the button.
    void setMessage(const QString &title, const QString &text, const QString &action = {});

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_action;
};

} // namespace bcs
