#include "placelabelsitem.h"

#include <qgsmapcanvas.h>

#include <QPainter>

namespace cm {

PlaceLabelsItem::PlaceLabelsItem(QgsMapCanvas *canvas) : QgsMapCanvasItem(canvas)
{
    setZValue(50);
    updatePosition();
}

void PlaceLabelsItem::setLabels(const QVector<Label> &labels)
{
    mLabels = labels;
    update();
}

void PlaceLabelsItem::setPendingLabels(const QVector<Label> &labels)
{
    mPending = labels;
    mHasPending = true;
}

void PlaceLabelsItem::showPendingLabels()
{
    if (!mHasPending)
        return;
    mHasPending = false;
    setLabels(mPending);
}

void PlaceLabelsItem::updatePosition()
{
    // The item covers the whole visible map, so any label position can be painted.
    setRect(mMapCanvas->extent());
    update();
}

void PlaceLabelsItem::paint(QPainter *painter)
{
    QFont regular(QStringLiteral("DejaVu Sans"));
    regular.setPointSizeF(8.5);
    QFont bold = regular;
    bold.setBold(true);
    const QFontMetricsF metrics(regular);
    const QColor halo(255, 255, 255, 235);
    const QColor ink(0x15, 0x15, 0x15);
    // A halo from eight offset copies: drawText uses the glyph cache, far cheaper than
    // stroking text outlines.
    static const QPointF kOffsets[] = {{-1, -1}, {0, -1}, {1, -1}, {-1, 0}, {1, 0}, {-1, 1}, {0, 1}, {1, 1}};
    const QPointF origin = pos();
    for (const Label &label : mLabels) {
        const QPointF anchor = toCanvasCoordinates(label.point) - origin +
                               QPointF(label.emphasised ? 11.0 : 7.0, metrics.ascent() / 2 - 1);
        painter->setFont(label.emphasised ? bold : regular);
        painter->setPen(halo);
        for (const QPointF &offset : kOffsets)
            painter->drawText(anchor + offset, label.text);
        painter->setPen(ink);
        painter->drawText(anchor, label.text);
    }
}

} // namespace cm
