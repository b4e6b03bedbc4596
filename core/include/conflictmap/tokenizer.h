#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

namespace cm {

/** A word or punctuation sign of a folded text (see foldTextSameLength). */
struct Token {
    int start = 0;     ///< offset in the text
    int length = 0;    ///< characters
    bool word = false; ///< letters/digits (with inner hyphens, dots between digits); else one sign
    QStringView text;  ///< the characters, in the string given to tokenize() (keep it alive)
    /** Id of the word in the lexicons' word table, set by tokenize(); -1 when no lexicon has
     *  this word (phrase matching compares these ids, not the text). */
    int wordId = -1;
    static constexpr int kMaxPrefixes = 3;
    /** Ids of the lexicon word beginnings ("empar*") the word starts with, deepest last; -1 pads. */
    int prefixIds[kMaxPrefixes] = {-1, -1, -1};
    /** One bit per lexicon phrase table that has a phrase starting with this word (set by
     *  tokenize(); lets most words be passed over with one test). */
    quint64 starts = 0;
    int end() const { return start + length; }
};

using Tokens = QVector<Token>;

/** Splits text[begin, end) (end -1: to the end) into tokens. Elided articles keep their
 *  apostrophe and stand alone ("l'ei" gives "l'" and "ei"); "aujourd'hui", "nord-est",
 *  "al-rai", "330.000" stay whole. Spaces are dropped. Meant for text already folded
 *  (lower case, ASCII apostrophes); works on any text. The tokens view `text`: keep it alive and
 *  unchanged while using them. Words get their lexicon ids (Token::wordId), so tokenize again
 *  after loading a lexicon. */
Tokens tokenize(const QString &text, int begin = 0, int end = -1);

/** Index of the first token whose end is after `offset` (tokens.size() when none). */
int tokenAt(const Tokens &tokens, int offset);

} // namespace cm
