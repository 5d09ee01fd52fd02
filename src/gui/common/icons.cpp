#include "gui/common/icons.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace bcs::icons {

namespace {
// The freedesktop names the bundled icons stand in for.
QString themeName(const QString &name)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("sync"), QStringLiteral("view-refresh")},
        {QStringLiteral("players"), QStringLiteral("system-users")},
        {QStringLiteral("settings"), QStringLiteral("preferences-system")},
        {QStringLiteral("welcome"), QStringLiteral("go-home")}};
    return names.value(name);
}

QPixmap render(const QByteArray &svg, int size, qreal ratio)
{
    QSvgRenderer renderer(svg);
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.fill(Qt::transparent);
    pixmap.setDevicePixelRatio(ratio);
    QPainter painter(&pixmap);
    renderer.render(&painter, QRectF(0, 0, size, size));
    return pixmap;
}
} // namespace

QIcon themed(const QString &name, const QPalette &palette)
{
    if (const QString theme = themeName(name); !theme.isEmpty() && QIcon::hasThemeIcon(theme))
        return QIcon::fromTheme(theme);
    QFile file(QStringLiteral(":/bcstats/gui/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray source = file.readAll();
    QIcon icon;
    const auto add = [&](QIcon::Mode mode, const QColor &colour) {
        QByteArray svg = source;
        svg.replace("currentColor", colour.name().toLatin1());
        for (const int size : {16, 24, 32, 48})
            for (const qreal ratio : {1.0, 2.0})
                icon.addPixmap(render(svg, size, ratio), mode);
    };
    add(QIcon::Normal, palette.color(QPalette::WindowText));
    add(QIcon::Selected, palette.color(QPalette::HighlightedText));
    add(QIcon::Disabled, palette.color(QPalette::Disabled, QPalette::WindowText));
    return icon;
}

} // namespace bcs::icons
