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
    QString text;      ///< the characters, as in the folded text
    int end() const { return start + length; }
};

using Tokens = QVector<Token>;

/** Splits text[begin, end) (end -1: to the end) into tokens. Elided articles keep their
 *  apostrophe and stand alone ("l'ei" gives "l'" and "ei"); "aujourd'hui", "nord-est",
 *  "al-rai", "330.000" stay whole. Spaces are dropped. Meant for text already folded
 *  (lower case, ASCII apostrophes); works on any text. */
Tokens tokenize(const QString &text, int begin = 0, int end = -1);

/** Index of the first token whose end is after `offset` (tokens.size() when none). */
int tokenAt(const Tokens &tokens, int offset);

} // namespace cm
