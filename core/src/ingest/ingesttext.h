// Private text helpers of the ingest module: fast same-length folding, lines,
// matching keys and a small tokenizer for dates. Hot paths: no regular expressions.
#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

#include <array>
#include <climits>

namespace cm::ingest {

/** foldChar beyond ASCII (out of line). */
QChar foldNonAscii(QChar c);

/** Lower case without Latin accents; typographic apostrophes, quotes, dashes and
 *  spaces to ASCII. One character in, one character out (œ→o, æ→a, ß→s).
 *  Inline for ASCII: it runs on every character of every article. */
inline QChar foldChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x80)
        return foldNonAscii(c);
    return u >= 'A' && u <= 'Z' ? QChar(char16_t(u + 32)) : c;
}

/** For an ASCII character: its folded (lower-case) form if it is a letter or a digit, else 0.
 *  A table: the word loops below run on every character of every article. */
inline char asciiWordChar(char16_t u)
{
    static constexpr std::array<char, 128> kTable = [] {
        std::array<char, 128> table{};
        for (int c = '0'; c <= '9'; ++c)
            table[size_t(c)] = char(c);
        for (int c = 'a'; c <= 'z'; ++c)
            table[size_t(c)] = table[size_t(c - 32)] = char(c);
        return table;
    }();
    return kTable[u];
}

/** QChar::isMark without a library call for the characters below U+0300 (none is a mark). */
inline bool isMark(QChar c)
{
    return c.unicode() >= 0x300 && c.isMark();
}

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

/** Number of runs of letters or digits, counted up to `atMost` (enough to compare with a
 *  threshold: long paragraphs are not counted to the end). */
int countWords(QStringView text, int atMost = INT_MAX);

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
    int value = 0;      ///< numbers: their value (capped at 99999999)
    int digits = 0;     ///< numbers: how many digits
    QStringView folded; ///< words: folded text; punctuation: the character (in Tokens::folded)
};

/** The tokens of a text range and the folded text their `folded` views point into. */
struct Tokens {
    QString folded; ///< foldSameLength of the range
    QVector<Token> list;
};

/** Tokens of text[from, to): letters runs, digit runs, single punctuation marks. */
Tokens tokenize(const QString &text, int from, int to);

} // namespace cm::ingest
