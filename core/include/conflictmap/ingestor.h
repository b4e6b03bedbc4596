#pragma once

#include "conflictmap/article.h"
#include "conflictmap/diagnostic.h"

#include <QStringList>
#include <atomic>
#include <functional>

namespace cm {

/** Limits and parallelism of a folder scan. */
struct IngestOptions {
    qint64 maxFileBytes = 10 * 1024 * 1024; ///< larger files are skipped
    int threads = 0;                        ///< 0: one per core
    int maxDepth = 64;                      ///< folders nested deeper are not entered
};

/** Where a running ingest is: files done out of files found. */
struct IngestProgress {
    int done = 0;
    int total = 0;
    QString file; ///< the file just finished
};

using IngestProgressCallback = std::function<void(const IngestProgress &)>;

/** Every file found, in a stable order (folder order, then path), and folder-level errors. */
struct IngestResult {
    QVector<Article> articles; ///< one per file found, including skipped and failed ones
    Diagnostics diagnostics;   ///< problems with the folders themselves
    bool cancelled = false;
    int folderErrors = 0; ///< folders that could not be read at all
};

/** Reads folders of news articles (text, Markdown, HTML; any common encoding) into
 *  clean Article values with a publication date. Never throws; a bad file becomes
 *  an Article with status Skipped or Error and a one-line reason. */
class Ingestor
{
public:
    explicit Ingestor(IngestOptions options = {});

    /** Scans the folders recursively, reads every file in parallel and marks duplicates.
     *  The callback is called from worker threads; `cancel` is polled between files. */
    IngestResult ingest(const QStringList &folders, const IngestProgressCallback &progress = {},
                        const std::atomic_bool *cancel = nullptr) const;

    /** Reads one file; `folder` is the root its `file` is made relative to. */
    Article readFile(const QString &path, const QString &folder) const;

    /** Decodes and cleans bytes as if read from a file called `fileName` (tests, fuzzing). */
    Article readBytes(const QByteArray &bytes, const QString &fileName) const;

private:
    IngestOptions mOptions;
};

} // namespace cm
