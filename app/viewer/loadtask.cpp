#include "loadtask.h"

#include "eventtablemodel.h"

#include "conflictmap/controlmodel.h"
#include "conflictmap/gazetteer.h"
#include "conflictmap/pipeline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMetaObject>
#include <QMutex>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

namespace cm {
namespace {

// The gazetteer and lexicons are loaded once per process, by the first load.
QMutex sPipelineMutex;

// Resource problems are reported again by every run(), so load() keeps them to itself.
Pipeline &sharedPipeline()
{
    static Pipeline pipeline;
    pipeline.load();
    return pipeline;
}

} // namespace

LoadTask::LoadTask(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<cm::LoadResult>("cm::LoadResult");
}

LoadTask::~LoadTask()
{
    if (mCancel)
        *mCancel = true;
}

bool LoadTask::start(const QStringList &folders, const Dataset &base)
{
    if (mRunning)
        return false;
    mRunning = true;
    mBase = base;
    mCancel = std::make_shared<std::atomic_bool>(false);
    QPointer<LoadTask> self(this);
    QThreadPool::globalInstance()->start([self, folders, base, cancel = mCancel] {
        // Progress is throttled to ~20 updates a second so the GUI queue stays short; the
        // first and last update of each stage always go through.
        QElapsedTimer timer;
        timer.start();
        Stage shown = Stage::Building;
        auto report = [&](Stage stage, int done, int total, const QString &file) {
            if (stage == shown && done < total && timer.elapsed() < 50)
                return;
            shown = stage;
            timer.restart();
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, cancel, stage, done, total, file] {
                    if (self && !*cancel)
                        emit self->progress(stage, done, total, file);
                },
                Qt::QueuedConnection);
        };
        LoadResult result = run(folders, base, report, cancel.get());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, cancel, result] {
                // Once cancelled, cancel() has already answered.
                if (!self || *cancel)
                    return;
                self->mRunning = false;
                self->mBase = Dataset();
                emit self->finished(result);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void LoadTask::cancel()
{
    if (!mRunning)
        return;
    // Answered at once: the worker stops at its next check (between files, between
    // steps of the build) and its result is dropped, so Cancel never waits for a long step.
    *mCancel = true;
    mRunning = false;
    LoadResult unchanged;
    unchanged.dataset = mBase;
    unchanged.cancelled = true;
    mBase = Dataset();
    emit finished(unchanged);
}

void LoadTask::wait()
{
    if (!mRunning)
        return;
    QEventLoop loop;
    connect(this, &LoadTask::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

LoadResult LoadTask::run(const QStringList &folders, const Dataset &base, const ProgressCallback &progress,
                         const std::atomic_bool *cancel)
{
    // A cancelled load changes nothing: the window keeps what it had, and no time is spent
    // building a model of a part of the folders.
    LoadResult unchanged;
    unchanged.dataset = base;
    unchanged.cancelled = true;
    auto cancelled = [cancel] { return cancel && cancel->load(); };

    Dataset dataset = base;
    const Gazetteer *gazetteer = nullptr;
    int newArticles = 0;
    int newEvents = 0;
    {
        QMutexLocker lock(&sPipelineMutex);
        Pipeline &pipeline = sharedPipeline();
        gazetteer = &pipeline.gazetteer();
        const PipelineResult extracted = pipeline.run(
            folders,
            [&](const PipelineProgress &p) {
                if (progress && p.stage != PipelineProgress::Stage::Done)
                    progress(p.stage == PipelineProgress::Stage::Reading ? Stage::Reading : Stage::Extracting,
                             p.done, p.total, p.file);
            },
            cancel);
        if (extracted.cancelled || cancelled())
            return unchanged;
        for (const QString &folder : folders)
            if (!dataset.folders.contains(folder))
                dataset.folders << folder;
        dataset.articles += extracted.articles;
        dataset.events += extracted.events;
        dataset.diagnostics += extracted.diagnostics;
        newArticles = extracted.articles.size();
        newEvents = extracted.events.size();
    }
    LoadResult result = build(dataset, gazetteer, cancel, progress);
    if (cancelled())
        return unchanged;
    result.newArticles = newArticles;
    result.newEvents = newEvents;
    return result;
}

LoadResult LoadTask::build(const Dataset &dataset, const Gazetteer *gazetteer, const std::atomic_bool *cancel,
                           const ProgressCallback &progress)
{
    LoadResult result;
    result.dataset = dataset;
    result.dataset.index();
    // The model (seconds for 100,000s of events) is built while the text is folded, on a
    // thread of its own: the global pool's threads fold.
    QThreadPool modelThread;
    modelThread.setMaxThreadCount(1);
    QFuture<std::shared_ptr<ControlModel>> modelBuilt =
        QtConcurrent::run(&modelThread, [events = dataset.events] {
            auto model = std::make_shared<ControlModel>();
            model->setEvents(events);
            return model;
        });

    // Folding the text of 100,000s of events takes seconds: done here, off the GUI thread,
    // only for the events a previous load has not folded yet, in chunks to notice Cancel.
    const ControlEvents &events = dataset.events;
    QStringList &search = result.dataset.searchText;
    if (search.size() > events.size())
        search.clear();
    const int chunk = 10000;
    for (;;) {
        if (progress)
            progress(Stage::Building, search.size(), events.size(), QString());
        if (search.size() >= events.size())
            break;
        if (cancel && cancel->load())
            return result;
        const auto from = events.cbegin() + search.size();
        search += QtConcurrent::blockingMapped<QStringList>(
            from, from + std::min(chunk, int(events.size() - search.size())), &EventTableModel::searchText);
    }
    if (cancel && cancel->load())
        return result;
    if (progress && !modelBuilt.isFinished())
        progress(Stage::Building, 0, 0, QString()); // no count for the model's last steps
    std::shared_ptr<ControlModel> model = modelBuilt.result();

    // Each place claims land from its first located event's coordinates.
    const QStringList &ids = model->placeIds();
    for (int i = 0; i < ids.size(); ++i) {
        for (int event : model->placeEvents(i)) {
            const ControlEvent &e = model->events().at(event);
            if (!e.hasLocation())
                continue;
            ZonePlace place;
            place.id = ids.at(i);
            place.name = e.place;
            place.lat = e.lat;
            place.lon = e.lon;
            // Larger towns claim more land around them.
            const int known = gazetteer && !e.placeId.isEmpty() ? gazetteer->indexOf(e.placeId) : -1;
            if (known >= 0)
                place.population = gazetteer->place(known).population;
            result.zonePlaces.append(place);
            break;
        }
    }
    result.model = std::move(model);
    return result;
}

} // namespace cm
