#pragma once

#include "conflictmap/controlevent.h"
#include "conflictmap/diagnostic.h"
#include "conflictmap/tokenizer.h"

#include <QDate>
#include <QString>
#include <QVector>
#include <memory>

namespace cm {

/** A time expression of a text, resolved to a date. */
struct TemporalMention {
    int start = 0;  ///< character offset in the text searched
    int length = 0; ///< characters
    int firstToken = 0;
    int lastToken = 0; ///< one past the last token
    QDate date;        ///< best single day (UTC); invalid when it could not be resolved
    DatePrecision precision = DatePrecision::Unknown;
    QDate earliest; ///< bounds when the expression is a span ("la semaine dernière"), else invalid
    QDate latest;
    QString note; ///< how it was resolved, English
    /** Relative to the publication day at day precision ("jeudi", "hier"): the day the news is about. */
    bool newsDay = false;
    /** "deux jours après leur percée", "au lendemain de la chute de X": the date of the event
     *  named right after, which happened that long before (or, "à la veille de", after) the
     *  date the narrative is at. */
    bool namesEarlierEvent = false;
    bool isValid() const { return date.isValid(); }
    int end() const { return start + length; }
};

/** Finds French time expressions and resolves them against the publication date and the date
 *  the narrative is at: absolute dates with or without year ("le 12 janvier dernier", "en
 *  janvier 2015", "fin 2014", "début février"), weekdays (the most recent such day not after
 *  publication), "hier", "la veille", "le lendemain", "deux jours après", "la semaine
 *  dernière", "il y a un an", "récemment", "depuis 2015". Word lists come from
 *  resources/lexicon (months.tsv, weekdays.tsv, numbers.tsv, temporal.tsv). Immutable once
 *  loaded; safe to share between threads. */
class TemporalResolver
{
public:
    TemporalResolver();
    ~TemporalResolver();
    TemporalResolver(const TemporalResolver &) = delete;
    TemporalResolver &operator=(const TemporalResolver &) = delete;

    /** Loads the word lists from a folder holding months.tsv, weekdays.tsv, numbers.tsv and
     *  temporal.tsv. Returns false when one cannot be read. */
    bool load(const QString &directory, Diagnostics *diagnostics = nullptr);
    /** load(Resources::path("lexicon")). */
    bool loadDefault(Diagnostics *diagnostics = nullptr);

    /** Every time expression among the tokens of a folded text, in text order, resolved in that
     *  order: each absolute or news-day date moves the narrative date that "le lendemain" and
     *  "deux jours plus tard" count from. Without a publication date, only absolute dates with
     *  a year resolve. */
    QVector<TemporalMention> resolve(const Tokens &tokens, const QDate &published) const;
    /** Convenience: folds and tokenizes text first. */
    QVector<TemporalMention> resolve(const QString &text, const QDate &published) const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace cm
