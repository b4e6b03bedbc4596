#include "conflictmap/pipeline.h"

#include "conflictmap/actorlexicon.h"
#include "conflictmap/chronology.h"
#include "conflictmap/chronologydater.h"
#include "conflictmap/eventextractor.h"
#include "conflictmap/framelexicon.h"
#include "conflictmap/gazetteer.h"
#include "conflictmap/resources.h"
#include "conflictmap/sentencesplitter.h"
#include "conflictmap/temporalresolver.h"
#include "conflictmap/toponymresolver.h"

#include <QMutex>
#include <QRunnable>
#include <QThread>
#include <QThreadPool>
#include <vector>

namespace cm {

struct Pipeline::Data {
    PipelineOptions options;
    bool loaded = false;
    bool loadOk = false;
    Diagnostics loadDiagnostics;
    Gazetteer gazetteer;
    std::unique_ptr<ToponymResolver> resolver;
    ActorLexicon actors;
    FrameLexicon frames;
    TemporalResolver temporal;
    SentenceSplitter splitter;
    std::unique_ptr<EventExtractor> extractor;
    Chronology chronology;
    std::unique_ptr<ChronologyDater> dater;
};

Pipeline::Pipeline(PipelineOptions options) : d(std::make_unique<Data>())
{
    d->options = options;
}

Pipeline::~Pipeline() = default;

const Gazetteer &Pipeline::gazetteer() const
{
    return d->gazetteer;
}

const EventExtractor *Pipeline::extractor() const
{
    return d->extractor.get();
}

bool Pipeline::load(Diagnostics *diagnostics)
{
    if (!d->loaded) {
        d->loaded = true;
        Diagnostics &diag = d->loadDiagnostics;
        if (Resources::directory().isEmpty())
            diag.append({QString(), 0,
                         QStringLiteral("no resources folder found (set CONFLICTMAP_RESOURCES)"),
                         Diagnostic::Severity::Error});
        bool ok = d->gazetteer.loadFolder(Resources::path(QStringLiteral("gazetteer")), &diag);
        ok &= d->actors.loadDefault(&diag);
        ok &= d->frames.loadDefault(&diag);
        ok &= d->temporal.loadDefault(&diag);
        ok &= d->splitter.loadAbbreviations(Resources::path(QStringLiteral("lexicon/abbreviations.txt")),
                                            &diag);
        ExtractionPriors priors;
        priors.load(Resources::path(QStringLiteral("lexicon/priors.tsv")), &diag);
        ok &= d->chronology.loadDefault(&diag);
        priors.knownChanges = d->chronology.entries();
        d->resolver = std::make_unique<ToponymResolver>(d->gazetteer);
        d->extractor = std::make_unique<EventExtractor>(d->actors, d->frames, d->temporal, d->splitter,
                                                        toponymPlaceFinder(*d->resolver), priors);
        if (d->options.chronologyDating) {
            d->dater = std::make_unique<ChronologyDater>(d->chronology, *d->extractor);
        }
        d->loadOk = ok;
    }
    if (diagnostics)
        *diagnostics += d->loadDiagnostics;
    return d->loadOk;
}

ControlEvents Pipeline::extract(const QVector<Article> &articles, const PipelineProgressCallback &progress,
                                const std::atomic_bool *cancel, bool *cancelled)
{
    return extractAll(articles, progress, cancel, cancelled, nullptr);
}

ControlEvents Pipeline::extractAll(const QVector<Article> &articles, const PipelineProgressCallback &progress,
                                   const std::atomic_bool *cancel, bool *cancelled,
                                   QVector<PublicationDate> *redated)
{
    load();
    const int count = int(articles.size());
    // One slot per article: workers take articles in any order, the result keeps input order.
    std::vector<ControlEvents> perArticle(size_t(std::max(0, count)));
    std::vector<PublicationDate> newDates(size_t(std::max(0, count)));
    std::atomic_int next{0};
    std::atomic_int done{0};
    std::atomic_bool stopped{false};
    int threads = d->options.threads > 0 ? d->options.threads : QThread::idealThreadCount();
    threads = std::max(1, std::min(threads, count));
    QMutex progressMutex;
    // once per run: QDate::currentDate() takes a global time-zone lock and stats /etc/localtime
    const QDate today = QDate::currentDate();
    auto work = [&]() {
        for (;;) {
            if (cancel && cancel->load()) {
                stopped = true;
                return;
            }
            const int index = next++;
            if (index >= count)
                return;
            const Article &article = articles.at(index);
            if (article.status == ArticleStatus::Ok) {
                // The dater may have read the article already: then it is only extracted again.
                std::shared_ptr<const ArticleReading> reading;
                const PublicationDate better =
                    d->dater ? d->dater->date(article, today, &reading) : PublicationDate();
                const QDate published = better.date.isValid() ? better.date : article.published;
                perArticle[size_t(index)] =
                    reading ? d->extractor->extract(*reading, published) : d->extractor->extract(article);
                if (better.date.isValid())
                    newDates[size_t(index)] = better;
            }
            const int finished = ++done;
            if (progress) {
                QMutexLocker lock(&progressMutex);
                progress({PipelineProgress::Stage::Extracting, finished, count, article.file});
            }
        }
    };
    if (threads <= 1) {
        work();
    } else {
        // A pool of our own: the global one may be busy with the caller's work (the viewer).
        QThreadPool pool;
        pool.setMaxThreadCount(threads - 1);
        for (int t = 0; t < threads - 1; ++t)
            pool.start(QRunnable::create(work));
        work(); // the calling thread takes its share too
        pool.waitForDone();
    }
    if (cancelled)
        *cancelled = stopped;
    ControlEvents events;
    if (stopped)
        return events;
    if (redated)
        *redated = QVector<PublicationDate>(newDates.begin(), newDates.end());
    int total = 0;
    for (const ControlEvents &list : perArticle)
        total += list.size();
    events.reserve(total);
    for (ControlEvents &list : perArticle) {
        for (ControlEvent &event : list)
            events.append(std::move(event));
        list = ControlEvents();
    }
    return events;
}

PipelineResult Pipeline::run(const QStringList &folders, const PipelineProgressCallback &progress,
                             const std::atomic_bool *cancel)
{
    PipelineResult result;
    load(&result.diagnostics);
    IngestProgressCallback ingestProgress;
    if (progress)
        ingestProgress = [&progress](const IngestProgress &step) {
            progress({PipelineProgress::Stage::Reading, step.done, step.total, step.file});
        };
    IngestResult ingested = Ingestor(d->options.ingest).ingest(folders, ingestProgress, cancel);
    result.diagnostics += ingested.diagnostics;
    result.folderErrors = ingested.folderErrors;
    result.articles = std::move(ingested.articles);
    if (ingested.cancelled) {
        result.cancelled = true;
        return result;
    }
    QVector<PublicationDate> redated;
    result.events = extractAll(result.articles, progress, cancel, &result.cancelled, &redated);
    for (int i = 0; i < redated.size() && i < result.articles.size(); ++i) {
        const PublicationDate &date = redated.at(i);
        if (!date.date.isValid())
            continue;
        Article &article = result.articles[i];
        article.published = date.date;
        article.publishedSource = date.source;
        article.publishedEarliest = date.earliest;
        // The ingest note about the date is out of date now.
        QStringList notes = article.message.split(QStringLiteral("; "), Qt::SkipEmptyParts);
        notes.erase(std::remove_if(notes.begin(), notes.end(),
                                   [](const QString &note) {
                                       return note.startsWith(QLatin1String("publication date")) ||
                                              note.startsWith(QLatin1String("no publication date"));
                                   }),
                    notes.end());
        notes << QStringLiteral("publication date %1").arg(date.note);
        article.message = notes.join(QStringLiteral("; "));
    }
    if (progress && !result.cancelled)
        progress({PipelineProgress::Stage::Done, int(result.articles.size()), int(result.articles.size()),
                  QString()});
    return result;
}

} // namespace cm
