#pragma once

#include "conflictmap/article.h"
#include "conflictmap/controlevent.h"
#include "conflictmap/diagnostic.h"
#include "conflictmap/ingestor.h"
#include "conflictmap/publicationdatefinder.h"

#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace cm {

class Gazetteer;
class EventExtractor;

/** Options of a Pipeline run. */
struct PipelineOptions {
    IngestOptions ingest;
    int threads = 0; ///< extraction threads; 0: one per core
    /** Date articles that print no publication date from the reference chronology
     *  (resources/chronology/events.tsv, see ChronologyDater). */
    bool chronologyDating = true;
};

/** Where a running pipeline is. */
struct PipelineProgress {
    enum class Stage { Reading, Extracting, Done };
    Stage stage = Stage::Reading;
    int done = 0;
    int total = 0;
    QString file; ///< the file just finished, may be empty
};

using PipelineProgressCallback = std::function<void(const PipelineProgress &)>;

/** Everything a run produced. */
struct PipelineResult {
    QVector<Article> articles; ///< every file found, in the Ingestor's order
    ControlEvents events;      ///< events of the articles with status Ok, article order then text order
    Diagnostics diagnostics;   ///< resource loading and folder problems
    bool cancelled = false;
    int folderErrors = 0;
};

/** Articles to events: loads the gazetteer and lexicons once (cm::Resources), reads folders with
 *  the Ingestor, extracts events from every article with status Ok in parallel, and returns them
 *  in a deterministic order. Skipped (duplicate) and failed articles give no events. */
class Pipeline
{
public:
    explicit Pipeline(PipelineOptions options = {});
    ~Pipeline();
    Pipeline(const Pipeline &) = delete;
    Pipeline &operator=(const Pipeline &) = delete;

    /** Loads resources (once; later calls return the first result). Problems go to the
     *  diagnostics of load() and of every run(). Returns false when a lexicon or the
     *  gazetteer could not be loaded at all. */
    bool load(Diagnostics *diagnostics = nullptr);

    /** Reads the folders and extracts. The callback runs on worker threads; `cancel` is polled
     *  between articles (then `cancelled` is set and the events found so far are dropped). */
    PipelineResult run(const QStringList &folders, const PipelineProgressCallback &progress = {},
                       const std::atomic_bool *cancel = nullptr);

    /** Events of already-read articles (status Ok only), in parallel, in input order. An article
     *  without a printed date may be dated from the chronology for its events; run() also
     *  updates the article's date. */
    ControlEvents extract(const QVector<Article> &articles, const PipelineProgressCallback &progress = {},
                          const std::atomic_bool *cancel = nullptr, bool *cancelled = nullptr);

    /** The loaded gazetteer (empty before load()). */
    const Gazetteer &gazetteer() const;
    /** The extractor (nullptr before load()). */
    const EventExtractor *extractor() const;

private:
    ControlEvents extractAll(const QVector<Article> &articles, const PipelineProgressCallback &progress,
                             const std::atomic_bool *cancel, bool *cancelled,
                             QVector<PublicationDate> *redated);

    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace cm
