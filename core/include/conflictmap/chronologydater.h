#pragma once

#include "conflictmap/article.h"
#include "conflictmap/chronology.h"
#include "conflictmap/eventextractor.h"
#include "conflictmap/publicationdatefinder.h"

namespace cm {

/** Dates an article that prints no publication date (source none or inferred) from the
 *  reference chronology, as an analyst would: when the article reports a well-known change
 *  as the day's news, it was published when that change happened.
 *
 *  A chronology entry fits when, with the article assumed published on the entry's day
 *  (or one or two days later), the extractor finds that capture (same place, same winner)
 *  dated to the day on that entry's day or the next (undated statements take the
 *  publication day; "vendredi", "hier" resolve against it). An inferred date's lower
 *  bound (the newest date the text writes) must be at most kWindowDays before the entry.
 *  Of the entries that fit, the newest wins: articles recap older changes, never later
 *  ones. Thread-safe. */
class ChronologyDater
{
public:
    /** Days an entry may follow the newest date an article writes. */
    static constexpr int kWindowDays = 31;

    /** Both must outlive the dater. */
    ChronologyDater(const Chronology &chronology, const EventExtractor &extractor);

    /** The publication date the chronology gives `article` (source inferred, with a note), or
     *  an invalid date when no entry fits or the article prints its date. When the article had
     *  to be read, `reading` receives the reading (to extract it once more without reading
     *  it again); else it is left as it is. */
    PublicationDate date(const Article &article, const QDate &today = QDate::currentDate(),
                         std::shared_ptr<const ArticleReading> *reading = nullptr) const;

private:
    const Chronology &mChronology;
    const EventExtractor &mExtractor;
};

} // namespace cm
