#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace cm {

/** Whether an input file became an article. */
enum class ArticleStatus { Ok, Skipped, Error };

/** Where the publication date was found. */
enum class DateSource { None, Header, Url, Body, Inferred };

/** Contract ids: "ok", "skipped", "error". */
QString articleStatusId(ArticleStatus status);
/** Contract ids: "none", "header", "url", "body", "inferred". */
QString dateSourceId(DateSource source);

/** A half-open character range [start, start + length) in Article::text. */
struct TextRange {
    int start = 0;
    int length = 0;
    int end() const { return start + length; }
};

/** One input file after decoding and cleaning. */
struct Article {
    QString folder;   ///< absolute path of the folder the user gave
    QString file;     ///< path relative to folder, '/'-separated
    QString path;     ///< absolute path of the file
    QString format;   ///< "text", "markdown" or "html"
    QString encoding; ///< "utf-8", "utf-8-bom", "utf-16le", "utf-16be" or "windows-1252"
    qint64 bytes = 0; ///< size of the file on disk

    ArticleStatus status = ArticleStatus::Ok;
    QString message;     ///< why skipped or in error; a note otherwise (may be empty)
    QString duplicateOf; ///< file of the earlier article this one repeats, empty if none

    QString title;
    QString url; ///< source address found in the article, if any
    QDate published;
    DateSource publishedSource = DateSource::None;
    /** For an inferred date: the newest date the text writes, which publication cannot precede. */
    QDate publishedEarliest;

    /** The decoded article text (for HTML: the text rendered from the markup).
     *  Evidence offsets index this string. */
    QString text;
    /** Ranges of text that are page furniture (share buttons, ads, "Lire aussi"…), sorted. */
    QVector<TextRange> boilerplate;
};

} // namespace cm
