#include "mapstateworker.h"

#include "conflictmap/controlmodel.h"
#include "conflictmap/zonebuilder.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

namespace cm {

MapStateWorker::MapStateWorker(QObject *parent)
    : QObject(parent), mPool(new QThreadPool(this)), mBuilder(std::make_shared<ZoneBuilder>()),
      mStateCache(std::make_shared<StateCache>())
{
    qRegisterMetaType<cm::MapSnapshot>("cm::MapSnapshot");
    // One thread that never expires: the ZoneBuilder and its GEOS context stay on it.
    mPool->setMaxThreadCount(1);
    mPool->setExpiryTimeout(-1);
}

MapStateWorker::~MapStateWorker()
{
    mPool->waitForDone();
}

void MapStateWorker::waitForDone()
{
    mPool->waitForDone();
}

void MapStateWorker::setModel(std::shared_ptr<const ControlModel> model, const QVector<ZonePlace> &places,
                              const QString &landPath)
{
    mModel = std::move(model);
    mHasPlaces = !places.isEmpty();
    // Queued behind any running job on the same single thread, so never concurrent.
    mPool->start([builder = mBuilder, cache = mStateCache, places, landPath] {
        *cache = StateCache();
        if (builder->landWkb().isEmpty()) {
            Diagnostics ignored; // no land: the region box still gives areas
            if (landPath.isEmpty() || !builder->loadLand(landPath, QStringLiteral("land"), &ignored))
                builder->setLandWkb({});
        }
        builder->clearCache();
        builder->setPlaces(places);
    });
}

void MapStateWorker::request(const QDate &date, const QDate &previousDate, double degreesPerPixel)
{
    const Job job{++mLastRequest, date, previousDate, degreesPerPixel};
    if (mBusy) {
        mPending = job;
        mHasPending = true;
        return;
    }
    start(job);
}

void MapStateWorker::start(const Job &job)
{
    mBusy = true;
    QPointer<MapStateWorker> self(this);
    mPool->start([self, model = mModel, builder = mBuilder, cache = mStateCache, job, budget = mLabelBudget,
                  places = mHasPlaces, placeFinisher = mPlaceFinisher, zoneFinisher = mZoneFinisher] {
        MapSnapshot snapshot = compute(model.get(), places ? builder.get() : nullptr, cache.get(), job,
                                       budget, placeFinisher, zoneFinisher);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, snapshot] {
                if (self)
                    self->finish(snapshot);
            },
            Qt::QueuedConnection);
    });
}

void MapStateWorker::finish(const MapSnapshot &snapshot)
{
    mBusy = false;
    if (mHasPending) {
        mHasPending = false;
        start(mPending);
    }
    if (snapshot.request == mLastRequest)
        emit snapshotReady(snapshot);
}

void MapStateWorker::setFinishers(PlaceFinisher places, ZoneFinisher zones)
{
    mPlaceFinisher = std::move(places);
    mZoneFinisher = std::move(zones);
}

MapSnapshot MapStateWorker::compute(const ControlModel *model, ZoneBuilder *builder, StateCache *cache,
                                    const Job &job, int labelBudget, const PlaceFinisher &placeFinisher,
                                    const ZoneFinisher &zoneFinisher)
{
    MapSnapshot snapshot;
    snapshot.request = job.request;
    snapshot.date = job.date;
    snapshot.previousDate = job.previousDate;
    if (!model)
        return snapshot;
    snapshot.state = model->stateAt(job.date);
    // Stepping through time, the previous step is usually the state computed last.
    ControlState before = snapshot.state;
    if (job.previousDate.isValid() && job.previousDate < job.date)
        before = cache->model == model && cache->date == job.previousDate ? cache->state
                                                                          : model->stateAt(job.previousDate);
    cache->model = model;
    cache->date = job.date;
    cache->state = snapshot.state;
    const int count = snapshot.state.places.size();
    snapshot.changed.resize(count);
    snapshot.previousController.resize(count);
    snapshot.labelled.resize(count);
    snapshot.kind.resize(count);
    for (int i = 0; i < count; ++i) {
        const PlaceState &now = snapshot.state.places.at(i);
        // Both states list places in the model's order.
        const Faction then = i < before.places.size() ? before.places.at(i).controller : Faction::Unknown;
        snapshot.previousController[i] = then;
        snapshot.changed[i] = now.controller != Faction::Unknown && then != now.controller;
        EventKind kind = EventKind::Hold;
        if (now.contested)
            kind = EventKind::Partial;
        else if (now.controller == Faction::Unknown && !now.denied.isEmpty())
            kind = EventKind::Denied;
        else if (!now.inferred && now.decidingEvent >= 0 && now.decidingEvent < model->events().size())
            kind = model->events().at(now.decidingEvent).kind;
        snapshot.kind[i] = kind;
    }

    // Label the places that changed, then the most recently active ones, up to the budget.
    QVector<int> order;
    for (int i = 0; i < count; ++i)
        if (snapshot.state.places.at(i).hasLocation() && snapshot.state.places.at(i).lastEventDate.isValid())
            order.append(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (snapshot.changed.at(a) != snapshot.changed.at(b))
            return bool(snapshot.changed.at(a));
        return snapshot.state.places.at(a).lastEventDate > snapshot.state.places.at(b).lastEventDate;
    });
    // A label sits right of its place, about 6.5 pixels per letter and 16 high: skip a
    // place whose label would overlap one already chosen or cover its place (Web
    // Mercator: a degree of latitude spans 1/cos(lat) degrees of longitude on screen).
    struct Box {
        double x0, x1, y0, y1;
    };
    auto boxOf = [&](const PlaceState &place) {
        const double x = place.lon / std::max(job.degreesPerPixel, 1e-12);
        const double y =
            place.lat / std::cos(place.lat * M_PI / 180.0) / std::max(job.degreesPerPixel, 1e-12);
        return Box{x - 5, x + 9 + 6.5 * place.name.size(), y - 8, y + 8};
    };
    QVector<int> chosen;
    QVector<Box> boxes;
    for (int i : order) {
        if (chosen.size() >= labelBudget)
            break;
        const PlaceState &place = snapshot.state.places.at(i);
        const Box box = boxOf(place);
        bool clear = true;
        if (job.degreesPerPixel > 0) {
            for (const Box &other : boxes) {
                if (box.x0 < other.x1 && other.x0 < box.x1 && box.y0 < other.y1 && other.y0 < box.y1) {
                    clear = false;
                    break;
                }
            }
        }
        if (clear) {
            chosen.append(i);
            boxes.append(box);
        }
    }
    for (int i : chosen)
        snapshot.labelled[i] = true;

    // The place features only need the state: build them on another core meanwhile.
    // That task reads the state, labels and kinds; this thread then writes only zones
    // and changes, so they never touch the same data.
    QFuture<std::shared_ptr<MapFeatures>> placeFeatures;
    if (placeFinisher)
        placeFeatures = QtConcurrent::run([&placeFinisher, &snapshot] { return placeFinisher(snapshot); });
    if (builder) {
        snapshot.zones = builder->compute(snapshot.state);
        if (job.previousDate.isValid() && job.previousDate < job.date)
            snapshot.changes = builder->changes(before, snapshot.state);
        snapshot.hasZones = true;
    }
    if (placeFinisher) {
        std::shared_ptr<MapFeatures> features = placeFeatures.result();
        if (zoneFinisher && features)
            zoneFinisher(snapshot, *features);
        snapshot.features = std::move(features);
    }
    return snapshot;
}

} // namespace cm
