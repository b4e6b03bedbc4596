#include "placepicktool.h"

#include <qgsmapmouseevent.h>

namespace cm {

PlacePickTool::PlacePickTool(QgsMapCanvas *canvas) : QgsMapToolPan(canvas) {}

void PlacePickTool::canvasPressEvent(QgsMapMouseEvent *event)
{
    mPressed = event->pos();
    QgsMapToolPan::canvasPressEvent(event);
}

void PlacePickTool::canvasReleaseEvent(QgsMapMouseEvent *event)
{
    // A few pixels of jitter still count as a click, not a pan.
    const bool click = event->button() == Qt::LeftButton && (event->pos() - mPressed).manhattanLength() <= 3;
    QgsMapToolPan::canvasReleaseEvent(event);
    if (click)
        emit clicked(event->pos());
}

} // namespace cm
