// Private text helpers of the ingest module: fast same-length folding, lines,
// matching keys and a small tokenizer for dates. Hot paths: no regular expressions.
#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

namespace cm::ingest {

/** Lower case without Latin accents; typographic apostrophes, quotes, dashes and
 *  spaces to ASCII. One character in, one character out (œ→o, æ→a, ß→s). */
QChar foldChar(QChar c);

/** foldChar over a string; the result has the same length. */
QString foldSameLength(QStringView text);

/** A line's words as a key for cue lookup: folded letters and digits, every other
 *  character read as a space, spaces collapsed and trimmed ("**Lire aussi :**" → "lire aussi"). */
QString matchKey(QStringView text);

/** One line of a text: [start, end) with surrounding white space (and '\r') trimmed. */
struct TextLine {
    int start = 0;
    int end = 0;
    int length() const { return end - start; }
    bool isEmpty() const { return end == start; }
};

/** The lines of `text` split at '\n'; empty lines are kept (start == end). */
QVector<TextLine> splitLines(const QString &text);

/** Number of runs of letters or digits. */
int countWords(QStringView text);

/** Whether `key` (a matchKey) starts with `cue` at a word boundary. */
bool keyStartsWith(const QString &key, const QString &cue);
/** Whether `key` contains `cue` as whole words. */
bool keyContains(const QString &key, const QString &cue);

/** A word, number or punctuation mark of a text. */
struct Token {
    enum Kind : quint8 { Word, Number, Punct };
    Kind kind = Punct;
    bool upperInitial = false;    ///< words: starts with an upper-case letter
    bool lineBreakBefore = false; ///< a '\n' lies between this token and the previous one
    int start = 0;                ///< offset in the tokenized text (absolute)
    int end = 0;
    int value = 0;  ///< numbers: their value (capped at 99999999)
    int digits = 0; ///< numbers: how many digits
    QString folded; ///< words: folded text; punctuation: the character
};

/** Tokens of text[from, to): letters runs, digit runs, single punctuation marks. */
QVector<Token> tokenize(const QString &text, int from, int to);

} // namespace cm::ingest
