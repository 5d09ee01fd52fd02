#pragma once
// A one-sentence message at the top of a page (UI.md "States"): errors in the user's words plus
// what to do, never a modal dialog. Tinted from the palette so it reads in light and dark.

#include <QFrame>

class QLabel;
class QToolButton;

namespace bcs {

class Banner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Info, Success, Error };
    explicit Banner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    QString text() const;

private:
    void changeEvent(QEvent *event) override;
    void applyTint();

    QLabel *m_label;
    QToolButton *m_close;
    Kind m_kind = Kind::Info;
};

} // namespace bcs
