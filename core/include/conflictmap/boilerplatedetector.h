#pragma once

#include "conflictmap/article.h"

#include <QString>
#include <QVector>

namespace cm {

/** One line (or run of lines) of page furniture and why. */
struct BoilerplateBlock {
    TextRange range;  ///< characters of the text, trimmed line content
    QString category; ///< share, navigation, related, ad, subscription, donation, comments,
                      ///< cookie, embed, credit, link, repeat
};

/** Finds page furniture in pasted or rendered article text: share buttons, "Lire aussi"
 *  and other link lists, ads, subscription and donation pitches, comment-moderation
 *  notices, cookie banners, photo credits and captions, embedded social posts,
 *  link-only lines, and repeated lines (a title pasted twice, a truncated teaser of a
 *  later paragraph). Works line by line with the cues of resources/ingest/boilerplate.tsv;
 *  the text itself is never changed. */
class BoilerplateDetector
{
public:
    /** Every boilerplate line with its category, in text order. */
    static QVector<BoilerplateBlock> detectBlocks(const QString &text);

    /** The boilerplate as sorted, non-overlapping ranges; consecutive boilerplate lines
     *  (with the white space between them) form one range. */
    static QVector<TextRange> detect(const QString &text);

    /** Whether [start, end) overlaps one of the sorted `ranges`. */
    static bool overlaps(const QVector<TextRange> &ranges, int start, int end);
};

} // namespace cm
