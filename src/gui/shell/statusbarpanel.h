#pragma once
// The status bar's three permanent parts (UI.md layout): the sync state, where the key came
// from, and the local API's address — a click copies it; off and error states say so.

#include "gui/shell/windowservices.h"

#include <QObject>

class QLabel;
class QStatusBar;
class QToolButton;

namespace bcs {

class StatusBarPanel : public QObject
{
    Q_OBJECT

public:
    explicit StatusBarPanel(QStatusBar *bar);

    void setSyncState(const QString &text);
    void setKey(const ApiKeyState &key, bool demo);
    void setLocalApi(const LocalApiState &api);

    QString syncText() const;
    QString keyText() const;
    QString apiText() const;
    QToolButton *apiButton() const { return m_api; }

private:
    QStatusBar *m_bar;
    QLabel *m_sync;
    QLabel *m_key;
    QToolButton *m_api;
    QString m_apiUrl;
};

} // namespace bcs
