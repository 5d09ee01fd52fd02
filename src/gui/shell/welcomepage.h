#pragma once
// First run (no key, no cache): what the app does, a masked field for the ballchasing API key,
// where to get one, Test key (a ping: the account and the detected tier, or the reason in
// words), Save (the OS keychain; where there is none, owner-only in the data folder's .env,
// said so), and Try the demo. Every control is reachable by keyboard.

#include "gui/shell/windowservices.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace bcs {

class BallchasingClient;

class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    WelcomePage(const WindowServices &services, QWidget *parent = nullptr);

    QLineEdit *keyField() const { return m_key; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *demoButton() const { return m_demo; }
    QString resultText() const;

Q_SIGNALS:
    void keySaved(const bcs::ApiKeyState &key);
    void demoRequested();
    void testFinished(bool ok);

private:
    void testKey();
    void saveKey();
    void showResult(const QString &text, bool ok);

    WindowServices m_services;
    QLineEdit *m_key;
    QPushButton *m_test;
    QPushButton *m_save;
    QPushButton *m_demo;
    QLabel *m_result;
    QPointer<BallchasingClient> m_testClient;
};

} // namespace bcs
