#include "conflictmap/ingestor.h"

#include "conflictmap/boilerplatedetector.h"
#include "conflictmap/duplicatedetector.h"
#include "conflictmap/htmltotext.h"
#include "conflictmap/plaintextmetadata.h"
#include "conflictmap/publicationdatefinder.h"
#include "conflictmap/textdecoder.h"
#include "ingest/ingestlexicon.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace cm {
namespace {

// One entry of a folder scan: a file to read, or something listed with a verdict already.
struct Entry {
    int folderIndex = 0;
    QString folder; // absolute root
    QString file;   // relative, '/'-separated
    QString path;   // absolute
    bool toRead = false;
    Article article;
};

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

Article verdict(ArticleStatus status, const QString &message)
{
    Article article;
    article.status = status;
    article.message = message;
    return article;
}

// Why a symbolic link that does not resolve is broken: a missing target or a loop.
QString unresolvedLinkReason(const QString &path)
{
    QSet<QString> seen{path};
    QString current = path;
    for (int hop = 0; hop < 40; ++hop) {
        const QFileInfo info(current);
        if (!info.isSymLink())
            return QStringLiteral("broken symbolic link: %1 does not exist").arg(current);
        const QString target = info.symLinkTarget();
        if (target.isEmpty())
            return QStringLiteral("broken symbolic link");
        if (seen.contains(target))
            return QStringLiteral("symbolic link loop through %1").arg(target);
        seen.insert(target);
        current = target;
    }
    return QStringLiteral("symbolic link chain too long (loop?)");
}

class FolderScanner
{
public:
    FolderScanner(const IngestOptions &options, const std::atomic_bool *cancel, QVector<Entry> &entries)
        : mOptions(options), mCancel(cancel), mEntries(entries)
    {}

    bool cancelled() const { return mCancel && mCancel->load(); }

    void scan(int folderIndex, const QString &root)
    {
        struct Pending {
            QString path;
            QString relative;
            int depth;
        };
        QVector<Pending> stack{{root, QString(), 0}};
        mVisited.insert(QFileInfo(root).canonicalFilePath());
        while (!stack.isEmpty()) {
            if (cancelled())
                return;
            const Pending directory = stack.takeLast();
            const QFileInfoList infos =
                QDir(directory.path)
                    .entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                                   QDir::Name);
            for (const QFileInfo &info : infos) {
                Entry entry;
                entry.folderIndex = folderIndex;
                entry.folder = root;
                entry.file = directory.relative.isEmpty()
                                 ? info.fileName()
                                 : directory.relative + QLatin1Char('/') + info.fileName();
                entry.path = info.absoluteFilePath();
                if (info.isSymLink() && !info.exists()) {
                    entry.article = verdict(ArticleStatus::Error, unresolvedLinkReason(entry.path));
                } else if (info.isDir()) {
                    const QString canonical = info.canonicalFilePath();
                    if (info.fileName().startsWith(QLatin1Char('.'))) {
                        entry.article =
                            verdict(ArticleStatus::Skipped, QStringLiteral("hidden folder, not read"));
                    } else if (mVisited.contains(canonical)) {
                        entry.article =
                            verdict(ArticleStatus::Skipped,
                                    QStringLiteral("folder already read (link loop or second link to %1)")
                                        .arg(canonical));
                    } else if (directory.depth + 1 > mOptions.maxDepth) {
                        entry.article =
                            verdict(ArticleStatus::Skipped,
                                    QStringLiteral("folder nested deeper than %1 levels, not read")
                                        .arg(mOptions.maxDepth));
                    } else if (!info.isReadable() || !info.isExecutable()) {
                        entry.article = verdict(ArticleStatus::Error,
                                                QStringLiteral("cannot read folder: permission denied"));
                    } else {
                        mVisited.insert(canonical);
                        stack.append({entry.path, entry.file, directory.depth + 1});
                        continue;
                    }
                } else if (info.isFile()) {
                    if (Ingestor::formatForFile(info.fileName()).isEmpty()) {
                        const QString suffix = info.suffix();
                        entry.article = verdict(
                            ArticleStatus::Skipped,
                            suffix.isEmpty() ? QStringLiteral("not an article file (no extension)")
                                             : QStringLiteral("not an article file (.%1)").arg(suffix));
                        entry.article.bytes = info.size();
                    } else if (ingest::IngestLexicon::instance().documentationNames.contains(
                                   info.completeBaseName().toLower())) {
                        entry.article =
                            verdict(ArticleStatus::Skipped,
                                    QStringLiteral("documentation of the collection, not an article"));
                        entry.article.bytes = info.size();
                    } else {
                        entry.toRead = true;
                    }
                } else {
                    entry.article = verdict(ArticleStatus::Skipped,
                                            QStringLiteral("not a regular file (pipe, socket or device)"));
                }
                mEntries.append(entry);
            }
        }
    }

private:
    const IngestOptions &mOptions;
    const std::atomic_bool *mCancel;
    QVector<Entry> &mEntries;
    QSet<QString> mVisited; // canonical paths of the folders entered
};

QString relativeFile(const QString &folder, const QString &path)
{
    const QString relative = QDir(folder).relativeFilePath(path);
    return relative.isEmpty() ? QFileInfo(path).fileName() : relative;
}

// Reads up to `limit` bytes of a file expected to hold `expected` (limit - 1 at most: one byte
// more shows a file over the limit). The buffer is sized by the file, not by the limit: a
// limit-sized buffer per file is a large allocation each time.
QByteArray readAtMost(QFile &file, qint64 expected, qint64 limit)
{
    QByteArray bytes = file.read(qBound<qint64>(0, expected, limit - 1) + 1);
    if (bytes.size() > expected && bytes.size() < limit && file.error() == QFileDevice::NoError)
        bytes += file.read(limit - bytes.size()); // the file has grown since it was listed
    return bytes;
}

// Adds a range to sorted, non-overlapping ranges.
void addRange(QVector<TextRange> &ranges, TextRange range)
{
    ranges.append(range);
    std::sort(ranges.begin(), ranges.end(),
              [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    QVector<TextRange> merged;
    for (const TextRange &r : ranges) {
        if (!merged.isEmpty() && r.start <= merged.last().end())
            merged.last().length = qMax(merged.last().end(), r.end()) - merged.last().start;
        else
            merged.append(r);
    }
    ranges = merged;
}

} // namespace

Ingestor::Ingestor(IngestOptions options) : mOptions(options) {}

QString Ingestor::formatForFile(const QString &fileName)
{
    // QFileInfo::suffix() without a QFileInfo (this runs several times per file).
    const QString name = QDir::fromNativeSeparators(fileName);
    const QStringView base = QStringView(name).mid(name.lastIndexOf(QLatin1Char('/')) + 1);
    const qsizetype dot = base.lastIndexOf(QLatin1Char('.'));
    const QString suffix = dot < 0 ? QString() : base.mid(dot + 1).toString().toLower();
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text"))
        return QStringLiteral("text");
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return QStringLiteral("markdown");
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return QStringLiteral("html");
    return {};
}

Article Ingestor::readBytes(const QByteArray &bytes, const QString &fileName) const
{
    return readBytes(bytes, fileName, QDate::currentDate());
}

Article Ingestor::readBytes(const QByteArray &bytes, const QString &fileName, const QDate &today) const
{
    Article article;
    article.file = fileName;
    article.bytes = bytes.size();
    article.format = formatForFile(fileName);
    if (bytes.isEmpty()) {
        article.status = ArticleStatus::Skipped;
        article.message = QStringLiteral("empty file");
        return article;
    }
    if (bytes.size() > mOptions.maxFileBytes) {
        article.status = ArticleStatus::Skipped;
        article.message = QStringLiteral("larger than the %1 limit (%2)")
                              .arg(megabytes(mOptions.maxFileBytes), megabytes(bytes.size()));
        return article;
    }
    const DecodedText decoded = TextDecoder::decode(bytes);
    if (decoded.isBinary()) {
        article.status = ArticleStatus::Skipped;
        article.message = QStringLiteral("binary content (%1), not text").arg(decoded.binaryReason);
        return article;
    }
    article.encoding = decoded.encoding;
    QStringList notes;
    if (decoded.invalidSequences > 0)
        notes << QStringLiteral("%1 invalid byte sequence(s) in %2, read as windows-1252")
                     .arg(decoded.invalidSequences)
                     .arg(decoded.encoding);

    HtmlDocument html;
    const bool isHtml = article.format == QLatin1String("html") || HtmlToText::looksLikeHtml(decoded.text);
    if (isHtml) {
        if (article.format != QLatin1String("html"))
            notes
                << QStringLiteral("HTML page in a .%1 file, read as HTML").arg(QFileInfo(fileName).suffix());
        article.format = QStringLiteral("html");
        html = HtmlToText::convert(decoded.text);
        article.text = html.text;
        article.title = html.title;
        article.url = html.url;
    } else {
        article.text = decoded.text;
    }
    if (article.text.trimmed().isEmpty()) {
        article.status = ArticleStatus::Skipped;
        article.message = isHtml ? QStringLiteral("no visible text in the page")
                                 : QStringLiteral("no text (only white space)");
        return article;
    }

    article.boilerplate = BoilerplateDetector::detect(article.text);
    FrontMatter front;
    if (!isHtml) {
        front = PlainTextMetadata::frontMatter(article.text);
        if (front.present) {
            addRange(article.boilerplate, front.range);
            article.title = front.title;
            article.url = front.url;
        }
    }
    if (article.title.isEmpty())
        article.title = PlainTextMetadata::title(article.text, article.boilerplate);
    if (article.url.isEmpty())
        article.url = PlainTextMetadata::sourceUrl(article.text);

    PublicationDate date;
    if (front.published.isValid()) {
        date = {front.published, DateSource::Header, -1, QStringLiteral("front matter")};
    } else if (html.published.isValid() && !html.publishedIsUpdate) {
        date = {html.published, DateSource::Header, -1,
                QStringLiteral("page metadata (%1)").arg(html.publishedFrom)};
    } else {
        date = PublicationDateFinder::find(article.text, article.boilerplate, article.url, today);
        if (html.published.isValid() && date.source != DateSource::Header && date.source != DateSource::Body)
            date = {html.published, DateSource::Header, -1,
                    QStringLiteral("page metadata (%1, an update time)").arg(html.publishedFrom)};
    }
    article.published = date.date;
    article.publishedSource = date.source;
    article.publishedEarliest = date.earliest;
    if (date.source == DateSource::Inferred)
        notes << QStringLiteral("publication date %1").arg(date.note);
    else if (date.source == DateSource::None)
        notes << QStringLiteral("no publication date found");
    article.message = notes.join(QStringLiteral("; "));
    return article;
}

Article Ingestor::readFile(const QString &path, const QString &folder) const
{
    Article article = readPath(path, QDate::currentDate(), false);
    article.folder = QDir::cleanPath(QDir(folder).absolutePath());
    article.path = QFileInfo(path).absoluteFilePath();
    article.file = relativeFile(article.folder, article.path);
    return article;
}

Article Ingestor::readPath(const QString &path, const QDate &today, bool listedAsFile) const
{
    Article article;
    article.format = formatForFile(path);
    auto finish = [&](ArticleStatus status, const QString &message) {
        article.status = status;
        article.message = message;
        return article;
    };
    const auto openMode = QIODevice::ReadOnly | QIODevice::Unbuffered; // read once, in one piece
    QFile file(path);
    // The checks come before opening (opening a pipe would block), except for a file the
    // folder scan listed as a regular file: they cost system calls for every file, so they
    // only explain why such a file cannot be opened.
    if (!listedAsFile || !file.open(openMode)) {
        const QFileInfo info(path);
        if (info.isSymLink() && !info.exists())
            return finish(ArticleStatus::Error, unresolvedLinkReason(info.absoluteFilePath()));
        if (!info.exists())
            return finish(ArticleStatus::Error, QStringLiteral("file does not exist"));
        if (!info.isFile())
            return finish(ArticleStatus::Skipped, QStringLiteral("not a regular file"));
        article.bytes = info.size();
        if (article.bytes > mOptions.maxFileBytes)
            return finish(ArticleStatus::Skipped,
                          QStringLiteral("larger than the %1 limit (%2)")
                              .arg(megabytes(mOptions.maxFileBytes), megabytes(article.bytes)));
        if (!file.open(openMode))
            return finish(ArticleStatus::Error, QStringLiteral("cannot open: %1").arg(file.errorString()));
    } else {
        article.bytes = file.size();
        if (article.bytes > mOptions.maxFileBytes)
            return finish(ArticleStatus::Skipped,
                          QStringLiteral("larger than the %1 limit (%2)")
                              .arg(megabytes(mOptions.maxFileBytes), megabytes(article.bytes)));
    }
    const QByteArray bytes = readAtMost(file, article.bytes, mOptions.maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return finish(ArticleStatus::Error, QStringLiteral("cannot read: %1").arg(file.errorString()));

    Article read = readBytes(bytes, path.mid(path.lastIndexOf(QLatin1Char('/')) + 1), today);
    read.bytes = qMax<qint64>(article.bytes, bytes.size());
    return read;
}

IngestResult Ingestor::ingest(const QStringList &folders, const IngestProgressCallback &progress,
                              const std::atomic_bool *cancel) const
{
    IngestResult result;
    for (const Diagnostic &diagnostic : ingest::IngestLexicon::instance().diagnostics)
        result.diagnostics.append(diagnostic);

    QVector<Entry> entries;
    FolderScanner scanner(mOptions, cancel, entries);
    for (int index = 0; index < folders.size(); ++index) {
        const QString &folder = folders.at(index);
        const QFileInfo info(folder);
        auto folderError = [&](const QString &message) {
            result.diagnostics.append({folder, 0, message, Diagnostic::Severity::Error});
            ++result.folderErrors;
        };
        if (!info.exists()) {
            folderError(info.isSymLink() ? QStringLiteral("folder is a broken symbolic link")
                                         : QStringLiteral("folder does not exist"));
        } else if (info.isFile()) {
            Entry entry;
            entry.folderIndex = index;
            entry.folder = QDir::cleanPath(info.absolutePath());
            entry.file = info.fileName();
            entry.path = info.absoluteFilePath();
            entry.toRead = true;
            entries.append(entry);
        } else if (!info.isDir()) {
            folderError(QStringLiteral("not a folder"));
        } else if (!info.isReadable() || !info.isExecutable()) {
            folderError(QStringLiteral("cannot read folder: permission denied"));
        } else {
            scanner.scan(index, QDir::cleanPath(info.absoluteFilePath()));
        }
        if (scanner.cancelled()) {
            result.cancelled = true;
            return result;
        }
    }

    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.folderIndex != b.folderIndex ? a.folderIndex < b.folderIndex : a.file < b.file;
    });

    QVector<int> toRead;
    for (int k = 0; k < entries.size(); ++k)
        if (entries.at(k).toRead)
            toRead.append(k);
    QVector<TextFingerprint> fingerprints(entries.size());
    QVector<char> done(entries.size(), 0);

    std::atomic_int next{0};
    std::atomic_bool stopped{false};
    std::mutex progressMutex;
    int finished = 0;
    const int total = int(toRead.size());
    const QDate today = QDate::currentDate();
    auto work = [&] {
        while (true) {
            if (cancel && cancel->load()) {
                stopped = true;
                return;
            }
            const int k = next++;
            if (k >= total)
                return;
            Entry &entry = entries[toRead.at(k)];
            Article article;
            try {
                article = readPath(entry.path, today, true);
                if (article.status == ArticleStatus::Ok)
                    fingerprints[toRead.at(k)] =
                        DuplicateDetector::fingerprint(article.text, article.boilerplate);
            } catch (const std::exception &exception) {
                article = verdict(
                    ArticleStatus::Error,
                    QStringLiteral("internal error: %1").arg(QString::fromLocal8Bit(exception.what())));
            } catch (...) {
                article = verdict(ArticleStatus::Error, QStringLiteral("internal error"));
            }
            article.file = entry.file; // as walked, also through linked folders
            article.folder = entry.folder;
            article.path = entry.path;
            entry.article = std::move(article);
            done[toRead.at(k)] = 1;
            if (progress) {
                const std::lock_guard<std::mutex> lock(progressMutex);
                progress({++finished, total, entry.file});
            }
        }
    };
    const int threads =
        qBound(1, mOptions.threads > 0 ? mOptions.threads : QThread::idealThreadCount(), qMax(1, total));
    if (threads == 1) {
        work();
    } else {
        std::vector<std::thread> pool;
        pool.reserve(size_t(threads));
        for (int t = 0; t < threads; ++t)
            pool.emplace_back(work);
        for (std::thread &thread : pool)
            thread.join();
    }
    result.cancelled = stopped.load();

    // Duplicates among the articles read, in output order (not worth the wait once cancelled:
    // the caller drops a cancelled result).
    QVector<int> okIndex;
    QVector<TextFingerprint> okPrints;
    for (int k = 0; k < entries.size() && !result.cancelled; ++k) {
        if (entries.at(k).toRead && done.at(k) && entries.at(k).article.status == ArticleStatus::Ok) {
            okIndex.append(k);
            okPrints.append(fingerprints.at(k));
        }
    }
    const auto similarity = [&](int a, int b) {
        const Article &first = entries.at(okIndex.at(a)).article;
        const Article &second = entries.at(okIndex.at(b)).article;
        return DuplicateDetector::similarity(first.text, first.boilerplate, second.text, second.boilerplate);
    };
    for (const DuplicateMatch &match :
         DuplicateDetector::find(okPrints, similarity, mOptions.nearDuplicateSimilarity)) {
        Article &copy = entries[okIndex.at(match.index)].article;
        const Article &original = entries.at(okIndex.at(match.original)).article;
        copy.duplicateOf = original.folder == copy.folder ? original.file : original.path;
        copy.status = ArticleStatus::Skipped;
        copy.message = match.exact
                           ? QStringLiteral("duplicate of %1").arg(copy.duplicateOf)
                           : QStringLiteral("duplicate of %1 (near-identical: %2% of word 5-grams shared)")
                                 .arg(copy.duplicateOf)
                                 .arg(qRound(match.similarity * 100));
    }

    result.articles.reserve(entries.size());
    for (int k = 0; k < entries.size(); ++k) {
        Entry &entry = entries[k];
        if (entry.toRead && !done.at(k))
            continue; // cancelled before it was read
        if (!entry.toRead) {
            entry.article.folder = entry.folder;
            entry.article.file = entry.file;
            entry.article.path = entry.path;
            entry.article.format = formatForFile(entry.file);
        }
        result.articles.append(std::move(entry.article));
    }
    return result;
}

} // namespace cm
