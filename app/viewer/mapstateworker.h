#pragma once

#include "mapsnapshot.h"

#include <QObject>
#include <functional>
#include <memory>

class QThreadPool;

namespace cm {

class ControlModel;
class ZoneBuilder;

/** Computes MapSnapshots off the GUI thread on one dedicated thread (which owns the
 *  ZoneBuilder: it is not thread-safe). Requests do not queue up: while one runs, only
 *  the latest new request is kept, so dragging the timeline never lags behind; a
 *  result is delivered only if no newer request was made meanwhile (latest wins). */
class MapStateWorker : public QObject
{
    Q_OBJECT
public:
    explicit MapStateWorker(QObject *parent = nullptr);
    ~MapStateWorker() override;

    /** Sets the model and the places that claim land; `landPath` is an OGR source with
     *  a "land" layer (empty: the region box). Cells are built on the worker thread. */
    void setModel(std::shared_ptr<const ControlModel> model, const QVector<ZonePlace> &places,
                  const QString &landPath);
    /** Builds the layer features off the GUI thread (MapController's builders), so the GUI
     *  thread only swaps them in: `places` runs on a second thread while the zones are
     *  computed, `zones` adds the zone features afterwards. */
    using PlaceFinisher = std::function<std::shared_ptr<MapFeatures>(const MapSnapshot &)>;
    using ZoneFinisher = std::function<void(const MapSnapshot &, MapFeatures &)>;
    void setFinishers(PlaceFinisher places, ZoneFinisher zones);

    /** Number of places labelled at most per snapshot. */
    void setLabelBudget(int places) { mLabelBudget = places; }

    /** Asks for the map at `date`, with gains counted from `previousDate`. Labels are
     *  chosen so they do not overlap at `degreesPerPixel` (degrees of longitude per screen
     *  pixel of a Web Mercator map; 0: no spacing rule). */
    void request(const QDate &date, const QDate &previousDate, double degreesPerPixel = 0.0);
    /** Number of the last request made. */
    quint64 lastRequest() const { return mLastRequest; }
    bool isBusy() const { return mBusy; }
    /** Blocks until the worker thread is idle (tests, shutdown). */
    void waitForDone();

signals:
    /** A snapshot for the latest request (delivered on the GUI thread). */
    void snapshotReady(const cm::MapSnapshot &snapshot);

private:
    struct Job {
        quint64 request = 0;
        QDate date;
        QDate previousDate;
        double degreesPerPixel = 0.0;
    };
    /** The last state computed, reused as the "previous" state of the next step. Only
     *  touched on the worker thread. */
    struct StateCache {
        const ControlModel *model = nullptr;
        QDate date;
        ControlState state;
    };
    void start(const Job &job);
    void finish(const MapSnapshot &snapshot);
    static MapSnapshot compute(const ControlModel *model, ZoneBuilder *builder, StateCache *cache,
                               const Job &job, int labelBudget, const PlaceFinisher &placeFinisher,
                               const ZoneFinisher &zoneFinisher);

    QThreadPool *mPool;
    PlaceFinisher mPlaceFinisher;
    ZoneFinisher mZoneFinisher;
    std::shared_ptr<const ControlModel> mModel;
    std::shared_ptr<ZoneBuilder> mBuilder;
    std::shared_ptr<StateCache> mStateCache;
    bool mHasPlaces = false;
    int mLabelBudget = 60;
    quint64 mLastRequest = 0;
    bool mBusy = false;
    bool mHasPending = false;
    Job mPending;
};

} // namespace cm
