#pragma once

#include "dataset.h"

#include "conflictmap/zones.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

namespace cm {

class ControlModel;
class Gazetteer;

/** What a finished load hands to the window: the merged dataset, the control model
 *  built on all its events and the places that claim land (with their population).
 *  A cancelled load hands back its base unchanged, without a model. */
struct LoadResult {
    Dataset dataset;
    std::shared_ptr<const ControlModel> model;
    QVector<ZonePlace> zonePlaces;
    int newArticles = 0;    ///< articles read by this load (not counting the base)
    int newEvents = 0;      ///< events found by this load
    bool cancelled = false; ///< Cancel was pressed: `dataset` is the base, `model` is null
};

/** Reads folders of articles and extracts their events with the core pipeline, off
 *  the GUI thread, with progress and cancellation; then builds the control model and
 *  the events table's search text. One load at a time. */
class LoadTask : public QObject
{
    Q_OBJECT
public:
    /** What a load is doing: reading files, finding events in them, then building the
     *  model and search text of all events (counted in events, then total 0: no count). */
    enum class Stage { Reading, Extracting, Building };
    Q_ENUM(Stage)
    using ProgressCallback = std::function<void(Stage stage, int done, int total, const QString &file)>;

    explicit LoadTask(QObject *parent = nullptr);
    ~LoadTask() override;

    /** Starts reading `folders`; the result is merged with `base` (Add folder…).
     *  Ignored (false) while a load is running. */
    bool start(const QStringList &folders, const Dataset &base = Dataset());
    /** Stops the running load: delivers finished() at once with its base unchanged and
     *  `cancelled` set; the worker stops soon after and its result is dropped. */
    void cancel();
    bool isRunning() const { return mRunning; }
    /** Blocks until the running load has delivered finished() (tests, shutdown). */
    void wait();

    /** The whole load in the calling thread (used by start(), tests and benchmarks). */
    static LoadResult run(const QStringList &folders, const Dataset &base, const ProgressCallback &progress,
                          const std::atomic_bool *cancel);
    /** The control model, zone places and search text of an already extracted dataset;
     *  populations come from `gazetteer` when given (else every place claims the base
     *  radius). Reports events done in Stage::Building. When `cancel` becomes true it
     *  returns early, without a model. */
    static LoadResult build(const Dataset &dataset, const Gazetteer *gazetteer = nullptr,
                            const std::atomic_bool *cancel = nullptr, const ProgressCallback &progress = {});

signals:
    /** Items done out of items in a stage: files, then events (delivered on the GUI
     *  thread, at most ~20 a second besides the first and last of each stage). */
    void progress(cm::LoadTask::Stage stage, int done, int total, const QString &file);
    void finished(const cm::LoadResult &result);

private:
    std::shared_ptr<std::atomic_bool> mCancel;
    Dataset mBase; ///< what the running load adds to, handed back when it is cancelled
    bool mRunning = false;
};

} // namespace cm
