#include "gui/shell/screenshotrenderer.h"

#include "gui/services/queryservice.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/settingsdialog.h"

#include <QDir>
#include <QTimer>

namespace bcs {

namespace {
// Long enough for a chart's layout pass and a preview's upstream answer on a slow machine;
// the queries themselves are waited for, not guessed.
constexpr int kSettleMs = 400;
} // namespace

ScreenshotRenderer::ScreenshotRenderer(MainWindow *window, QueryService *queries,
                                       QString directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_queries(queries)
    , m_directory(std::move(directory))
{}

void ScreenshotRenderer::start()
{
    if (!QDir().mkpath(m_directory)) {
        Q_EMIT finished(tr("cannot create %1").arg(m_directory));
        return;
    }
    m_window->resize(1280, 800);
    m_window->show();
    m_todo = m_window->pageNames();
    m_todo << QStringLiteral("settings");
    whenSettled([this] { next(); });
}

void ScreenshotRenderer::whenSettled(const std::function<void()> &then)
{
    QTimer::singleShot(kSettleMs, this, [this, then] {
        if (m_queries && m_queries->pending() > 0) {
            whenSettled(then);
            return;
        }
        then();
    });
}

bool ScreenshotRenderer::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        m_error = tr("cannot write %1").arg(path);
        return false;
    }
    m_written << path;
    return true;
}

void ScreenshotRenderer::next()
{
    if (m_todo.isEmpty() || !m_error.isEmpty()) {
        Q_EMIT finished(m_error);
        return;
    }
    const QString name = m_todo.takeFirst();
    if (name == QLatin1String("settings")) {
        SettingsDialog *dialog = m_window->openSettings();
        whenSettled([this, dialog, name] {
            save(dialog, name);
            dialog->reject();
            next();
        });
        return;
    }
    m_window->showPage(name);
    whenSettled([this, name] {
        save(m_window, name);
        next();
    });
}

} // namespace bcs
