#pragma once

#include <qgsmapcanvasitem.h>
#include <qgspointxy.h>

#include <QString>
#include <QVector>

namespace cm {

/** The names of the event places chosen for labels (a few dozen, already spaced out by
 *  MapStateWorker), painted over the canvas with a white halo. Drawn by the view, not
 *  by QGIS's labeling engine, so the basemap's labels stay cached while the timeline
 *  moves and only the changed layers are rendered again. */
class PlaceLabelsItem : public QgsMapCanvasItem
{
public:
    struct Label {
        QgsPointXY point; ///< in the canvas CRS
        QString text;
        bool emphasised = false; ///< changed hands since the previous step: bold, further out
    };

    explicit PlaceLabelsItem(QgsMapCanvas *canvas);

    void setLabels(const QVector<Label> &labels);
    /** Labels to show at the next showPendingLabels() (when the map under them is drawn). */
    void setPendingLabels(const QVector<Label> &labels);
    void showPendingLabels();
    const QVector<Label> &labels() const { return mLabels; }

    void paint(QPainter *painter) override;
    void updatePosition() override;

private:
    QVector<Label> mLabels;
    QVector<Label> mPending;
    bool mHasPending = false;
};

} // namespace cm
