#pragma once

#include "conflictmap/article.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace cm {

/** A date written in a text ("9 avril 2016", "19/11/2017", "janvier 2015", "12 janvier"). */
struct DateMention {
    int start = 0;  ///< character offset in the text
    int length = 0; ///< characters covered
    int year = 0;   ///< 0 when not written
    int month = 0;  ///< 1..12
    int day = 0;    ///< 0 when not written
    /** The day, when year, month and day are all written; invalid otherwise. */
    QDate date() const { return (year && day) ? QDate(year, month, day) : QDate(); }
};

/** A publication date and where it comes from. */
struct PublicationDate {
    PublicationDate() = default;
    PublicationDate(const QDate &date, DateSource source, int offset, const QString &note,
                    const QDate &earliest = {})
        : date(date), source(source), offset(offset), note(note), earliest(earliest)
    {}

    QDate date; ///< invalid when none was found
    DateSource source = DateSource::None;
    int offset = -1; ///< where the date is written in the text; -1 for url, metadata, inference
    QString note;    ///< how it was found or inferred (English, one line)
    QDate earliest;  ///< inferred dates: the newest date the text writes (a lower bound); else invalid
};

/** Finds when an article was published, in this order:
 *  1. header: a date line near the top (before the second line of prose: 20 words, or
 *     12 ending a sentence): a line made of a date plus only cue words ("Publié le",
 *     "Mis à jour", "Par"), names, times and separators ("écrit par X | 9 avril 2016", "octobre 12, 2017
 * 13:30", "Publié le 12/08/2016 à 14h05"); a publication cue beats a bare date, which beats an update date;
 *  2. body: the same kind of line further down ("Publié le ..." in a footer; a bare
 *     date line only among the last lines), outside boilerplate;
 *  3. url: a date in the article's address (…-20160408-…, /2016/08/15/, 2016-08-15);
 *  4. inferred: see infer();
 *  5. none.
 *  Dates after `today` or before 1990 are ignored. Words and shapes come from
 *  resources/ingest/ (months.tsv, weekdays.tsv, dateshapes.txt, datecues.tsv). */
class PublicationDateFinder
{
public:
    /** Every date written in text[from, to) (to = -1: the end), in text order. */
    static QVector<DateMention> findDates(const QString &text, int from = 0, int to = -1);

    /** The first plausible day written in an address (a year up to today's next one), or an
     *  invalid date. */
    static QDate dateFromUrl(const QString &url, const QDate &today = QDate::currentDate());

    /** Whether `line` is a date line as described above. */
    static bool isDateLine(const QString &line);

    /** The publication date of an article text; `boilerplate` as from BoilerplateDetector,
     *  `url` the article's address if known. */
    static PublicationDate find(const QString &text, const QVector<TextRange> &boilerplate,
                                const QString &url = {}, const QDate &today = QDate::currentDate());

    /** Infers a publication date when the article states none. Evidence, outside
     *  boilerplate (embedded-post attributions count) and outside sentences about the
     *  future ("prochain", "se tiendra", ...):
     *  - the newest full date written (a quote's or embedded post's date included) is a
     *    lower bound L: an article cannot quote what has not happened yet;
     *  - weekday words ("vendredi", "jeudi soir"; not "jeudi 12", "jeudi dernier",
     *    "jeudi prochain", nor one in a sentence that writes a date, which it belongs
     *    to) name days of the week up to publication.
     *  The estimate is the day P in [L, L+6] that minimises 2 (P - L) plus the number of
     *  days from the oldest weekday mentioned back to P (articles appear close to the
     *  newest date they cite, and weekday words name recent days). Without weekday
     *  words P = L. Without a full date there is no
     *  estimate (weekday words or bare years alone do not fix a day): source none. */
    static PublicationDate infer(const QString &text, const QVector<TextRange> &boilerplate,
                                 const QDate &today = QDate::currentDate());
};

} // namespace cm
