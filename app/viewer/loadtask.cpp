#include "loadtask.h"

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
    mCancel = std::make_shared<std::atomic_bool>(false);
    QPointer<LoadTask> self(this);
    QThreadPool::globalInstance()->start([self, folders, base, cancel = mCancel] {
        // Progress is throttled to ~20 updates a second so the GUI queue stays short.
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        auto report = [self, timer](int done, int total, const QString &file) {
            if (done < total && timer->elapsed() < 50)
                return;
            timer->restart();
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, done, total, file] {
                    if (self)
                        emit self->progress(done, total, file);
                },
                Qt::QueuedConnection);
        };
        LoadResult result = run(folders, base, report, cancel.get());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, result] {
                if (!self)
                    return;
                self->mRunning = false;
                emit self->finished(result);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void LoadTask::cancel()
{
    if (mCancel)
        *mCancel = true;
}

void LoadTask::wait()
{
    if (!mRunning)
        return;
    QEventLoop loop;
    connect(this, &LoadTask::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

LoadResult LoadTask::run(const QStringList &folders, const Dataset &base,
                         const std::function<void(int, int, const QString &)> &progress,
                         const std::atomic_bool *cancel)
{
    Dataset dataset = base;
    for (const QString &folder : folders)
        if (!dataset.folders.contains(folder))
            dataset.folders << folder;

    QMutexLocker lock(&sPipelineMutex);
    Pipeline &pipeline = sharedPipeline();
    const PipelineResult extracted = pipeline.run(
        folders,
        [&](const PipelineProgress &p) {
            if (progress)
                progress(p.done, p.total, p.file);
        },
        cancel);
    dataset.articles += extracted.articles;
    dataset.events += extracted.events;
    dataset.diagnostics += extracted.diagnostics;
    dataset.cancelled = extracted.cancelled;
    LoadResult result = build(dataset, &pipeline.gazetteer());
    result.newArticles = extracted.articles.size();
    result.newEvents = extracted.events.size();
    return result;
}

LoadResult LoadTask::build(const Dataset &dataset, const Gazetteer *gazetteer)
{
    LoadResult result;
    result.dataset = dataset;
    result.dataset.index();
    auto model = std::make_shared<ControlModel>();
    model->setEvents(dataset.events);

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
