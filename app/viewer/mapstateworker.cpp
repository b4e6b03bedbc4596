#include "mapstateworker.h"

#include "conflictmap/controlmodel.h"
#include "conflictmap/zonebuilder.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>
#include <algorithm>
#include <cmath>

namespace cm {

MapStateWorker::MapStateWorker(QObject *parent)
    : QObject(parent), mPool(new QThreadPool(this)), mBuilder(std::make_shared<ZoneBuilder>())
{
    qRegisterMetaType<cm::MapSnapshot>("cm::MapSnapshot");
    // One thread that never expires: the ZoneBuilder and its GEOS context stay on it.
    mPool->setMaxThreadCount(1);
    mPool->setExpiryTimeout(-1);
}

MapStateWorker::~MapStateWorker() { mPool->waitForDone(); }

void MapStateWorker::waitForDone() { mPool->waitForDone(); }

void MapStateWorker::setModel(std::shared_ptr<const ControlModel> model, const QVector<ZonePlace> &places,
                              const QString &landPath)
{
    mModel = std::move(model);
    mHasPlaces = !places.isEmpty();
    // Queued behind any running job on the same single thread, so never concurrent.
    mPool->start([builder = mBuilder, places, landPath] {
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
    mPool->start([self, model = mModel, builder = mBuilder, job, budget = mLabelBudget, places = mHasPlaces,
                  finisher = mFinisher] {
        MapSnapshot snapshot = compute(model.get(), places ? builder.get() : nullptr, job, budget);
        if (finisher)
            finisher(snapshot);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, snapshot] {
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

MapSnapshot MapStateWorker::compute(const ControlModel *model, ZoneBuilder *builder, const Job &job, int labelBudget)
{
    MapSnapshot snapshot;
    snapshot.request = job.request;
    snapshot.date = job.date;
    snapshot.previousDate = job.previousDate;
    if (!model)
        return snapshot;
    snapshot.state = model->stateAt(job.date);
    const ControlState before = job.previousDate.isValid() && job.previousDate < job.date
                                    ? model->stateAt(job.previousDate)
                                    : snapshot.state;
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
    // A label takes about 110×18 pixels right of its place; skip places whose label
    // would overlap one already chosen (Web Mercator: a degree of latitude is 1/cos(lat)
    // degrees of longitude on screen).
    QVector<int> chosen;
    for (int i : order) {
        if (chosen.size() >= labelBudget)
            break;
        const PlaceState &place = snapshot.state.places.at(i);
        bool clear = true;
        if (job.degreesPerPixel > 0) {
            for (int other : chosen) {
                const PlaceState &o = snapshot.state.places.at(other);
                const double dx = std::abs(place.lon - o.lon) / job.degreesPerPixel;
                const double dy =
                    std::abs(place.lat - o.lat) / std::cos(place.lat * M_PI / 180.0) / job.degreesPerPixel;
                if (dx < 110 && dy < 18) {
                    clear = false;
                    break;
                }
            }
        }
        if (clear)
            chosen.append(i);
    }
    for (int i : chosen)
        snapshot.labelled[i] = true;

    if (builder) {
        snapshot.zones = builder->compute(snapshot.state);
        if (job.previousDate.isValid() && job.previousDate < job.date)
            snapshot.changes = builder->changes(before, snapshot.state);
        snapshot.hasZones = true;
    }
    return snapshot;
}

} // namespace cm
