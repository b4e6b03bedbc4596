#pragma once

#include <qgsmaptoolpan.h>

namespace cm {

/** The canvas's default tool: pans on drag (as QgsMapToolPan) and reports a click
 *  that did not move as clicked(pixel). */
class PlacePickTool : public QgsMapToolPan
{
    Q_OBJECT
public:
    explicit PlacePickTool(QgsMapCanvas *canvas);

    void canvasPressEvent(QgsMapMouseEvent *event) override;
    void canvasReleaseEvent(QgsMapMouseEvent *event) override;

signals:
    void clicked(const QPoint &pixel);

private:
    QPoint mPressed;
};

} // namespace cm
