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
    double nearDuplicateSimilarity = 0.9;   ///< word 5-gram Jaccard similarity of a repost
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
 *  an Article with status Skipped or Error and a one-line reason.
 *
 *  Files: .txt/.text (format "text"), .md/.markdown ("markdown"), .html/.htm/.xhtml
 *  ("html"; a .txt file holding a whole HTML page is read as HTML). Everything else is
 *  listed as skipped, and so are files documenting the collection (README.md,
 *  SOURCES.md...: resources/ingest/ignoredfiles.txt). Also listed (never read): hidden folders, folders
 * reached twice (symbolic link loops), folders deeper than maxDepth, unreadable folders (error), broken or
 * looping symbolic links (error), pipes, sockets and devices.
 *
 *  Skipped: empty files, files over maxFileBytes, binary content, files with no text,
 *  duplicates. Error: files that cannot be opened or read.
 *
 *  Duplicates: an article whose words (outside boilerplate; case, accents, punctuation
 *  and markup ignored) are those of an earlier article, or whose word 5-grams overlap an
 *  earlier article's by at least nearDuplicateSimilarity (Jaccard), is marked Skipped
 *  with message "duplicate of <file>" and duplicateOf set, so its events are not counted
 *  twice. "Earlier" is the output order; duplicateOf is the original's file, or its
 *  absolute path when it lies in another folder. */
class Ingestor
{
public:
    explicit Ingestor(IngestOptions options = {});

    /** Scans the folders recursively, reads every file in parallel and marks duplicates.
     *  A folder argument that is a file is read as a one-file folder.
     *  The callback is called from worker threads, one call at a time (serialised), after
     *  each file read; `cancel` is polled between folders and between files: a cancelled
     *  ingest returns the files read so far with `cancelled` set (duplicates not marked). */
    IngestResult ingest(const QStringList &folders, const IngestProgressCallback &progress = {},
                        const std::atomic_bool *cancel = nullptr) const;

    /** Reads one file; `folder` is the root its `file` is made relative to. */
    Article readFile(const QString &path, const QString &folder) const;

    /** Decodes and cleans bytes as if read from a file called `fileName` (tests, fuzzing). */
    Article readBytes(const QByteArray &bytes, const QString &fileName) const;

    /** The article format for a file name: "text", "markdown", "html", or empty when the
     *  extension is not one of an article. */
    static QString formatForFile(const QString &fileName);

private:
    // `today`: dates after it are not publication dates (computed once per ingest: reading
    // the clock goes through the time zone and a global lock).
    // Reads one file, leaving folder, path and file empty; `listedAsFile`: the folder scan
    // found a regular file there.
    Article readPath(const QString &path, const QDate &today, bool listedAsFile) const;
    Article readBytes(const QByteArray &bytes, const QString &fileName, const QDate &today) const;

    IngestOptions mOptions;
};

} // namespace cm
