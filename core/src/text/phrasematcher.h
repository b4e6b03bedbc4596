#pragma once

#include "conflictmap/tokenizer.h"

#include <QHash>
#include <QSet>
#include <QVector>

namespace cm {

/** Finds word patterns in token sequences. A pattern is folded words separated by spaces;
 *  "a|b" gives alternatives, a trailing '*' matches any ending ("empar*"), a leading '?'
 *  makes a word optional (not the first). Between two words, up to two filler phrases
 *  (another matcher, e.g. adverbs) may be skipped. Each pattern carries an int payload. */
class PhraseMatcher
{
public:
    struct Match {
        int payload = -1;
        int begin = 0; ///< first token
        int end = 0;   ///< one past the last token
        bool isValid() const { return payload >= 0; }
    };

    /** Adds a pattern; returns false if it has no word. */
    bool add(const QString &pattern, int payload);
    /** Phrases that may be skipped between the words of a pattern (not owned). */
    void setFillers(const PhraseMatcher *fillers) { mFillers = fillers; }
    bool isEmpty() const { return mPatterns.isEmpty(); }

    /** Every pattern matching at tokens[index] (not past `limit`), longest first. */
    QVector<Match> matchesAt(const Tokens &tokens, int index, int limit) const;
    /** The longest match at tokens[index], invalid when none. */
    Match longestAt(const Tokens &tokens, int index, int limit) const;

private:
    struct Atom {
        QString text;
        bool prefix = false;
    };
    struct Element {
        QVector<QVector<Atom>> alternatives;
        bool optional = false;
    };
    struct Pattern {
        QVector<Element> elements;
        int payload = -1;
    };

    void matchElement(const Pattern &pattern, int element, const Tokens &tokens, int index, int limit,
                      int *best) const;
    QVector<int> elementEnds(const Element &element, const Tokens &tokens, int index, int limit) const;

    QVector<Pattern> mPatterns;
    QHash<QString, QVector<int>> mExact;
    QHash<QString, QVector<int>> mPrefix;
    QVector<int> mPrefixLengths; ///< sorted, distinct
    QSet<uint> mFirstPairs;      ///< first two characters of every first word, to reject most tokens at once
    bool mShortFirst = false;    ///< a first word shorter than two characters defeats that filter
    const PhraseMatcher *mFillers = nullptr;
};

} // namespace cm
