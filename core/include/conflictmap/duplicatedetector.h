#pragma once

#include "conflictmap/article.h"

#include <QVector>
#include <array>
#include <functional>

namespace cm {

/** What duplicate detection keeps of one article text (computed once, in parallel). */
struct TextFingerprint {
    quint64 exact = 0; ///< hash of the words outside boilerplate (case, accents, punctuation ignored)
    int words = 0;     ///< words outside boilerplate
    /** One-permutation MinHash of the word 5-grams (32 bins); empty when the text has
     *  too few words for near-duplicate detection. */
    QVector<quint32> minHash;
};

/** An article that repeats an earlier one. */
struct DuplicateMatch {
    int index = -1;          ///< the later article
    int original = -1;       ///< the first article of its group
    double similarity = 1.0; ///< Jaccard similarity of the word 5-gram sets (1 for exact copies)
    bool exact = false;      ///< same words in the same order
};

/** Finds the same article saved twice (exact: same words once case, accents, punctuation,
 *  markup and boilerplate are ignored) and near-identical reposts (Jaccard similarity of
 *  word 5-gram sets at least a threshold). Candidate pairs come from locality-sensitive
 *  hashing of the MinHash (8 bands of 4), so the cost grows linearly with the number of
 *  articles, not quadratically; each candidate is then checked exactly. */
class DuplicateDetector
{
public:
    /** The fingerprint of text outside `boilerplate`. */
    static TextFingerprint fingerprint(const QString &text, const QVector<TextRange> &boilerplate);

    /** Exact Jaccard similarity of the word 5-gram sets of two texts (outside boilerplate). */
    static double similarity(const QString &a, const QVector<TextRange> &boilerplateA, const QString &b,
                             const QVector<TextRange> &boilerplateB);

    /** Duplicates among `fingerprints` (in their order: the first of a group is the original).
     *  `similarity(i, j)` gives the exact similarity of two candidates. */
    static QVector<DuplicateMatch> find(const QVector<TextFingerprint> &fingerprints,
                                        const std::function<double(int, int)> &similarity,
                                        double threshold = 0.9);
};

} // namespace cm
