#include "gui/roles/entrydrag.h"

#include "gui/common/textformat.h"
#include "gui/roles/playermime.h"

#include <QDrag>
#include <QMimeData>
#include <QPainter>

namespace bcs {

namespace {
QPixmap dragLabel(const QWidget *view, const QString &text)
{
    const QFontMetrics metrics(view->font());
    const int margin = metrics.height() / 2;
    const QSize size(metrics.horizontalAdvance(text) + 2 * margin, metrics.height() + margin);
    const qreal ratio = view->devicePixelRatioF();
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(view->palette().color(QPalette::Mid));
    painter.setBrush(view->palette().color(QPalette::ToolTipBase));
    painter.drawRoundedRect(QRectF(QPointF(0.5, 0.5), QSizeF(size) - QSizeF(1, 1)), margin / 2.0,
                            margin / 2.0);
    painter.setPen(view->palette().color(QPalette::ToolTipText));
    painter.setFont(view->font());
    painter.drawText(QRect(QPoint(), size), Qt::AlignCenter, text);
    return pixmap;
}
} // namespace

void startEntriesDrag(QAbstractItemView *view, Qt::DropActions actions)
{
    QModelIndexList selected = view->selectionModel()->selectedIndexes();
    selected.removeIf([view](const QModelIndex &index) {
        return !(view->model()->flags(index) & Qt::ItemIsDragEnabled);
    });
    if (selected.isEmpty())
        return;
    QMimeData *data = view->model()->mimeData(selected);
    if (!data)
        return;
    const auto count = playermime::decode(data).size();
    auto *drag = new QDrag(view);
    drag->setMimeData(data);
    drag->setPixmap(dragLabel(view, text::names(count)));
    drag->exec(actions, Qt::CopyAction);
}

} // namespace bcs
