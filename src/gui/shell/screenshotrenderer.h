#pragma once
// `--screenshots DIR`: every page of the window (and Settings) rendered at 1280×800 into
// DIR/<page>.png once its queries have answered, then `finished`. For the README and for
// looking at the window with a palette or scale other than the system's.

#include <QObject>
#include <QStringList>

namespace bcs {

class MainWindow;
class QueryService;

class ScreenshotRenderer : public QObject
{
    Q_OBJECT

public:
    ScreenshotRenderer(MainWindow *window, QueryService *queries, QString directory,
                       QObject *parent = nullptr);

    void start();
    QStringList written() const { return m_written; }

Q_SIGNALS:
    void finished(const QString &error); // empty on success

private:
    void next();
    void whenSettled(const std::function<void()> &then);
    bool save(class QWidget *widget, const QString &name);

    MainWindow *m_window;
    QueryService *m_queries;
    QString m_directory;
    QStringList m_todo;
    QStringList m_written;
    QString m_error;
};

} // namespace bcs
