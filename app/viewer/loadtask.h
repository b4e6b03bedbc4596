#pragma once

#include "dataset.h"

#include "conflictmap/zones.h"

#include <QObject>
#include <atomic>
#include <memory>

namespace cm {

class ControlModel;
class Gazetteer;

/** What a finished load hands to the window: the merged dataset, the control model
 *  built on all its events and the places that claim land (with their population). */
struct LoadResult {
    Dataset dataset;
    std::shared_ptr<const ControlModel> model;
    QVector<ZonePlace> zonePlaces;
    int newArticles = 0; ///< articles read by this load (not counting the base)
    int newEvents = 0;   ///< events found by this load
};

/** Reads folders of articles and extracts their events with the core pipeline, off
 *  the GUI thread, with progress and cancellation; then builds the control model.
 *  One load at a time. */
class LoadTask : public QObject
{
    Q_OBJECT
public:
    explicit LoadTask(QObject *parent = nullptr);
    ~LoadTask() override;

    /** Starts reading `folders`; the result is merged with `base` (Add folder…).
     *  Ignored (false) while a load is running. */
    bool start(const QStringList &folders, const Dataset &base = Dataset());
    /** Asks the running load to stop; it still finishes with what it had. */
    void cancel();
    bool isRunning() const { return mRunning; }
    /** Blocks until the running load has delivered finished() (tests, shutdown). */
    void wait();

    /** The whole load in the calling thread (used by start(), tests and benchmarks). */
    static LoadResult run(const QStringList &folders, const Dataset &base,
                          const std::function<void(int done, int total, const QString &file)> &progress,
                          const std::atomic_bool *cancel);
    /** The control model and zone places of an already extracted dataset; populations
     *  come from `gazetteer` when given (else every place claims the base radius). */
    static LoadResult build(const Dataset &dataset, const Gazetteer *gazetteer = nullptr);

signals:
    /** Files done out of files found (delivered on the GUI thread, throttled). */
    void progress(int done, int total, const QString &file);
    void finished(const cm::LoadResult &result);

private:
    std::shared_ptr<std::atomic_bool> mCancel;
    bool mRunning = false;
};

} // namespace cm
