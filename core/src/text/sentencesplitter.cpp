#include "conflictmap/sentencesplitter.h"

#include "conflictmap/textnormalize.h"
#include "text/lexiconfile.h"

#include <algorithm>

namespace cm {
namespace {

bool isClosing(QChar c)
{
    return c == QChar(0x00BB) || c == QChar(0x201D) || c == QLatin1Char('"') || c == QLatin1Char(')') ||
           c == QLatin1Char(']') || c == QChar(0x2019) || c == QLatin1Char('\'') || c == QLatin1Char('*');
}

bool isOpening(QChar c)
{
    return c == QChar(0x00AB) || c == QChar(0x201C) || c == QLatin1Char('"') || c == QLatin1Char('(') ||
           c == QLatin1Char('[') || c == QChar(0x2018) || c == QLatin1Char('-') || c == QChar(0x2013) ||
           c == QChar(0x2014) || c == QLatin1Char('*');
}

bool startsSentence(QChar c)
{
    return c.isUpper() || c.isDigit() || isOpening(c) || (c.isLetter() && !c.isLower());
}

bool isTrimmable(QChar c)
{
    return c.isSpace() || c == QLatin1Char('#') || c == QLatin1Char('*');
}

} // namespace

SentenceSplitter::SentenceSplitter()
{
    for (const char *word : {"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "gen", "av",
                             "apr", "etc", "cf", "env", "no", "p", "ex"})
        mAbbreviations.insert(QString::fromLatin1(word));
    mLongestAbbreviation = 4;
}

bool SentenceSplitter::loadAbbreviations(const QString &path, Diagnostics *diagnostics)
{
    QVector<LexiconRow> rows;
    if (!readLexiconFile(path, 1, &rows, diagnostics))
        return false;
    mAbbreviations.clear();
    mLongestAbbreviation = 0;
    for (const LexiconRow &row : rows) {
        const QString word = foldText(row.columns.first());
        mAbbreviations.insert(word);
        mLongestAbbreviation = std::max(mLongestAbbreviation, int(word.size()));
    }
    return true;
}

QVector<Sentence> SentenceSplitter::split(const QString &text) const
{
    QVector<Sentence> sentences;
    int paragraph = 0;
    int start = 0;
    bool paragraphBreak = false;

    auto addSentence = [&](int from, int to) {
        while (from < to && isTrimmable(text.at(from)))
            ++from;
        while (to > from && isTrimmable(text.at(to - 1)))
            --to;
        if (to <= from)
            return;
        bool hasWord = false;
        for (int i = from; i < to && !hasWord; ++i)
            hasWord = text.at(i).isLetterOrNumber();
        if (!hasWord)
            return;
        if (paragraphBreak && !sentences.isEmpty())
            ++paragraph;
        paragraphBreak = false;
        sentences.append({from, to - from, paragraph});
    };

    const int size = text.size();
    const QChar *data = text.constData();
    int i = 0;
    while (i < size) {
        const QChar c = data[i];
        // letters, most of the text, are above every character looked at here but '…'
        if (c.unicode() > '?' && c.unicode() != 0x2026) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('\n')) {
            int j = i + 1;
            bool blankLine = false;
            while (j < size && data[j].isSpace()) {
                if (data[j] == QLatin1Char('\n'))
                    blankLine = true;
                ++j;
            }
            // A pasted-page line break inside a sentence: the next line goes on in lower case.
            const bool continues = !blankLine && j < size && data[j].isLower();
            if (!continues) {
                addSentence(start, i);
                paragraphBreak = true;
                start = j;
            }
            i = j;
            continue;
        }
        const bool terminal =
            c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QChar(0x2026);
        if (!terminal) {
            ++i;
            continue;
        }
        int end = i + 1;
        while (end < size && (data[end] == QLatin1Char('.') || data[end] == QLatin1Char('!') ||
                              data[end] == QLatin1Char('?')))
            ++end;
        // Closing quotes and brackets right after the stop belong to this sentence.
        int probe = end;
        while (probe < size && (isClosing(data[probe]) || data[probe] == QChar(0x00A0) ||
                                data[probe] == QChar(0x202F) || data[probe] == QLatin1Char(' '))) {
            if (isClosing(data[probe]))
                end = probe + 1;
            ++probe;
        }
        int next = end;
        bool spaced = false;
        while (next < size && data[next].isSpace() && data[next] != QLatin1Char('\n')) {
            spaced = true;
            ++next;
        }
        if (next < size && data[next] == QLatin1Char('\n')) {
            i = next; // the line break decides
            continue;
        }
        if (c == QLatin1Char('.') && end == i + 1) {
            // Abbreviation or initial before the dot?
            int w = i;
            while (w > 0 && (data[w - 1].isLetter() || data[w - 1] == QLatin1Char('.') ||
                             data[w - 1] == QLatin1Char('-')))
                --w;
            // folding never shortens letters, dots or hyphens: longer words are no abbreviation
            const bool initial = i - w == 1 && data[w].isUpper();
            if (initial ||
                (i - w <= mLongestAbbreviation && mAbbreviations.contains(foldText(text.mid(w, i - w))))) {
                i = end;
                continue;
            }
        }
        if (next >= size || (spaced && startsSentence(data[next]))) {
            addSentence(start, end);
            start = next;
            i = next;
            continue;
        }
        i = end;
    }
    addSentence(start, size);
    return sentences;
}

} // namespace cm
