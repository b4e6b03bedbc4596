#pragma once

#include "conflictmap/tokenizer.h"

#include <QVector>
#include <vector>

namespace cm {

/** Finds word patterns in token sequences. A pattern is folded words separated by spaces;
 *  "a|b" gives alternatives, a trailing '*' matches any ending ("empar*"), a leading '?'
 *  makes a word optional (not the first). Between two words, up to two filler phrases
 *  (another matcher, e.g. adverbs) may be skipped. Each pattern carries an int payload.
 *  Words are compared by their ids in the WordTable (Token::wordId, Token::prefixIds), so the
 *  tokens must come from tokenize() after the patterns were added. */
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

    /** Whether some pattern starts with this token's word (a cheap test before longestAt;
     *  inline: it runs on most tokens, several times). */
    bool mayStartAt(const Token &token) const
    {
        if (mStartBit >= 0)
            return (token.starts >> mStartBit) & 1;
        return mayStartByLists(token);
    }
    /** The longest match at tokens[index] (not past `limit`); of equally long ones, the pattern
     *  added first. Invalid when none. */
    Match longestAt(const Tokens &tokens, int index, int limit) const;
    /** Same, where a span starting at t with skipTo[t] > t (a time expression: "entrés jeudi
     *  dans") may also sit between two words, like a filler. */
    Match longestAt(const Tokens &tokens, int index, int limit, const std::vector<int> *skipTo) const;

private:
    struct Atom {
        int id = -1; ///< WordTable id of the word or of the word beginning
        bool prefix = false;
        bool matches(const Token &token) const
        {
            if (!prefix)
                return token.wordId == id;
            for (int p : token.prefixIds)
                if (p == id)
                    return true;
            return false;
        }
    };
    struct Element {
        QVector<QVector<Atom>> alternatives;
        bool optional = false;
    };
    struct Pattern {
        QVector<Element> elements;
        int payload = -1;
        bool oneWord = false; ///< one element of one-word alternatives: matches its first token
        /** When the first element is one word and the second is required: the first words of the
         *  second element's alternatives, to reject most candidates by the next token alone. */
        QVector<Atom> secondWords;
        bool checkSecond = false;
    };

    /** mayStartAt() for a matcher that got no bit of Token::starts. */
    bool mayStartByLists(const Token &token) const;
    void matchElement(const Pattern &pattern, int element, const Tokens &tokens, int index, int limit,
                      const std::vector<int> *skipTo, int *best) const;
    void addFirst(std::vector<QVector<int>> &table, std::vector<char> &starts, int id, bool prefix,
                  int pattern);

    QVector<Pattern> mPatterns;
    std::vector<QVector<int>> mExactFirst;  ///< by word id: patterns whose first word it is
    std::vector<QVector<int>> mPrefixFirst; ///< by word beginning id
    std::vector<char> mExactStarts;         ///< by word id: mExactFirst is not empty
    std::vector<char> mPrefixStarts;
    const PhraseMatcher *mFillers = nullptr;
    int mStartBit = -2; ///< bit of Token::starts; -2 before the first pattern, -1 when none was free
};

} // namespace cm
