#include "conflictmap/boilerplatedetector.h"

#include "ingest/ingestlexicon.h"
#include "ingest/ingesttext.h"

#include <QHash>
#include <QStringView>

#include <algorithm>

namespace cm {
namespace {

using ingest::IngestLexicon;
using ingest::TextLine;

constexpr int kPrefixMaxLength = 200; // "prefix" cues apply to short lines only
constexpr int kCaptionMaxLength = 400;
constexpr int kBlockBudget = 12; // listing lines a block heading may cover
constexpr int kBlockHeadingMaxLength = 60;

bool isSentenceEnd(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char(':') ||
           c == QChar(0x2026);
}

// The line without Markdown emphasis or trailing spaces at its ends.
QStringView stripDecoration(QStringView line)
{
    auto decoration = [](QChar c) {
        return c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('#') ||
               c == QLatin1Char('>') || c.isSpace();
    };
    qsizetype s = 0;
    qsizetype e = line.size();
    while (s < e && decoration(line[s]))
        ++s;
    while (e > s &&
           (line[e - 1] == QLatin1Char('*') || line[e - 1] == QLatin1Char('_') || line[e - 1].isSpace()))
        --e;
    return line.mid(s, e - s);
}

bool isUrl(QStringView text)
{
    return (text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://")) ||
            text.startsWith(QLatin1String("www."))) &&
           !text.contains(QLatin1Char(' '));
}

// A line that is only a link: a URL, <URL>, or a Markdown link [text](target), maybe bulleted.
bool isLinkOnly(QStringView line)
{
    QStringView rest = stripDecoration(line);
    while (!rest.isEmpty() && (rest[0] == QLatin1Char('-') || rest[0] == QChar(0x2022) ||
                               rest[0] == QChar(0x00B7) || rest[0] == QLatin1Char('+') || rest[0].isSpace()))
        rest = rest.mid(1);
    if (rest.isEmpty())
        return false;
    if (isUrl(rest))
        return true;
    if (rest.startsWith(QLatin1Char('<')) && rest.endsWith(QLatin1Char('>')))
        return isUrl(rest.mid(1, rest.size() - 2));
    if (rest.startsWith(QLatin1Char('[')) && rest.endsWith(QLatin1Char(')'))) {
        const qsizetype middle = rest.indexOf(QLatin1String("]("));
        return middle > 0 && rest.indexOf(QLatin1Char(']'), 1) == middle &&
               !rest.mid(middle + 2).contains(QLatin1Char(' '));
    }
    return false;
}

bool keyHasAgency(const QString &key, const IngestLexicon &lexicon)
{
    for (const QString &word : key.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (lexicon.agencies.contains(word))
            return true;
    for (const QString &agency : lexicon.agencies)
        if (agency.contains(QLatin1Char(' ')) && ingest::keyContains(key, agency))
            return true;
    return false;
}

// A caption ending with its credit: "... [afp - Name/DPA]", "... (AFP PHOTO / NAME)", "... – NAME NAME".
bool isCaptionWithCredit(QStringView line, const IngestLexicon &lexicon)
{
    const QStringView text = stripDecoration(line);
    if (text.size() < 3 || text.size() > kCaptionMaxLength)
        return false;
    if (text.endsWith(QLatin1Char(']'))) {
        const qsizetype open = text.lastIndexOf(QLatin1Char('['));
        return open >= 0 && keyHasAgency(ingest::matchKey(text.mid(open + 1)), lexicon);
    }
    if (text.endsWith(QLatin1Char(')'))) {
        const qsizetype open = text.lastIndexOf(QLatin1Char('('));
        if (open < 0)
            return false;
        const QStringView inner = text.mid(open + 1, text.size() - open - 2);
        const QString key = ingest::matchKey(inner);
        return (inner.contains(QLatin1Char('/')) && keyHasAgency(key, lexicon)) ||
               key.startsWith(QLatin1String("photo"));
    }
    // "– FIRSTNAME LASTNAME" or "- AFP" after the caption: upper-case words after the last dash.
    auto inCreditName = [](QChar c) {
        if (c.isLetter())
            return c.isUpper();
        return c.isSpace() || c == QLatin1Char('/') || c == QLatin1Char('.') || c == QLatin1Char('\'') ||
               c == QLatin1Char('-');
    };
    qsizetype dash = -1;
    for (qsizetype i = text.size() - 2; i > 0; --i) {
        const QChar c = text[i];
        if ((c == QChar(0x2013) || c == QChar(0x2014) || c == QLatin1Char('-')) && text[i - 1].isSpace() &&
            text[i + 1].isSpace()) {
            dash = i;
            break;
        }
        if (!inCreditName(c))
            return false; // whatever dash comes before, this character is after it
    }
    if (dash < 0)
        return false;
    const QStringView tail = text.mid(dash + 1).trimmed();
    int letters = 0;
    for (QChar c : tail) {
        if (!inCreditName(c))
            return false;
        letters += c.isLetter();
    }
    const QString key = ingest::matchKey(tail);
    return letters >= 2 && (key.contains(QLatin1Char(' ')) || keyHasAgency(key, lexicon));
}

// Whether `text`, folded, starts with `folded` (without folding the whole line).
bool foldedStartsWith(QStringView text, const QString &folded)
{
    if (text.size() < folded.size())
        return false;
    for (qsizetype i = 0; i < folded.size(); ++i)
        if (ingest::foldChar(text[i]) != folded.at(i))
            return false;
    return true;
}

// A sentence of prose ("Partager le pouvoir ... a déclaré le ministre."): prefix cues do not apply.
bool isProseSentence(QStringView line)
{
    const QStringView text = stripDecoration(line);
    if (text.isEmpty())
        return false;
    const QChar last = text.back();
    return (last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char('?') ||
            last == QChar(0x00BB)) &&
           ingest::countWords(text, 12) >= 12;
}

// A menu bar flattened to one line: "Accueil | Monde | Syrie", "Direct • Vidéos".
bool isMenuLine(QStringView line)
{
    if (line.size() > 120)
        return false;
    auto separator = [](QChar c) {
        return c == QLatin1Char('|') || c == QChar(0x2022) || c == QChar(0x00B7);
    };
    int segments = 0;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i < line.size() && line[i].isDigit())
            return false;
        if (i == line.size() || separator(line[i])) {
            const int words = ingest::countWords(line.mid(from, i - from));
            if (words == 0 || words > 3)
                return false;
            ++segments;
            from = i + 1;
        }
    }
    return segments >= 2;
}

QString classifyLine(QStringView line, const QString &key, const IngestLexicon &lexicon)
{
    const auto exact = lexicon.lineCues.constFind(key);
    if (exact != lexicon.lineCues.constEnd())
        return exact.value();
    if (line.size() <= kPrefixMaxLength && !isProseSentence(line)) {
        const int prefix = lexicon.prefixIndex.prefixOf(key);
        if (prefix >= 0)
            return lexicon.prefixCues.at(prefix).category;
    }
    const int contained = lexicon.containsIndex.foundIn(key);
    if (contained >= 0)
        return lexicon.containsCues.at(contained).category;
    if (line.size() <= kCaptionMaxLength) {
        const QStringView stripped = stripDecoration(line);
        for (const QString &cue : lexicon.creditCues)
            if (foldedStartsWith(stripped, cue))
                return QStringLiteral("credit");
        if (isCaptionWithCredit(line, lexicon))
            return QStringLiteral("credit");
    }
    if (isLinkOnly(line))
        return QStringLiteral("link");
    if (isMenuLine(line))
        return QStringLiteral("navigation");
    // The attribution line of an embedded post: "— Name (@account) 25 mars 2016".
    if ((line.startsWith(QChar(0x2014)) || line.startsWith(QChar(0x2013))) &&
        line.contains(QLatin1String("(@")))
        return QStringLiteral("embed");
    return {};
}

QString blockCategory(QStringView line, const QString &key, const IngestLexicon &lexicon)
{
    if (line.size() > kBlockHeadingMaxLength)
        return {};
    for (const ingest::BoilerplateCue &cue : lexicon.blockCues)
        if (key == cue.key)
            return cue.category;
    return {};
}

// A short line of a list of links (a headline, a label), not a paragraph of prose.
bool isListingLine(QStringView line)
{
    if (line.size() > 180)
        return false;
    const int words = ingest::countWords(line, 26);
    if (words > 25)
        return false;
    return !(words >= 6 && isSentenceEnd(line.back()));
}

} // namespace

QVector<BoilerplateBlock> BoilerplateDetector::detectBlocks(const QString &text)
{
    const IngestLexicon &lexicon = IngestLexicon::instance();
    const QVector<TextLine> lines = ingest::splitLines(text);
    QVector<QString> categories(lines.size());

    int budget = 0;
    QString blockKind;
    for (int k = 0; k < lines.size(); ++k) {
        const TextLine &line = lines.at(k);
        if (line.isEmpty())
            continue;
        const QStringView view = QStringView(text).mid(line.start, line.length());
        const QString key = ingest::matchKey(view);
        const QString heading = blockCategory(view, key, lexicon);
        QString category = classifyLine(view, key, lexicon);
        if (!heading.isEmpty()) {
            category = heading;
            blockKind = heading;
            budget = kBlockBudget;
        } else if (budget > 0) {
            if (category.isEmpty()) {
                if (isListingLine(view)) {
                    category = blockKind;
                    --budget;
                } else {
                    budget = 0;
                }
            }
        }
        categories[k] = category;
    }

    // Repeated lines: a later exact copy, or an earlier truncated teaser of a later line.
    QHash<QStringView, int> seen;
    QVector<int> longLines;
    for (int k = 0; k < lines.size(); ++k) {
        const TextLine &line = lines.at(k);
        if (line.length() < 30 || !categories.at(k).isEmpty())
            continue;
        const QStringView view = QStringView(text).mid(line.start, line.length());
        if (seen.contains(view))
            categories[k] = QStringLiteral("repeat");
        else
            seen.insert(view, k);
        if (line.length() >= 40)
            longLines.append(k);
    }
    if (longLines.size() <= 500) {
        for (int a = 0; a < longLines.size(); ++a) {
            const TextLine &first = lines.at(longLines.at(a));
            if (!categories.at(longLines.at(a)).isEmpty())
                continue;
            const QStringView teaser = QStringView(text).mid(first.start, first.length());
            for (int b = a + 1; b < longLines.size(); ++b) {
                const TextLine &later = lines.at(longLines.at(b));
                if (later.length() > first.length() &&
                    QStringView(text).mid(later.start, later.length()).startsWith(teaser)) {
                    categories[longLines.at(a)] = QStringLiteral("repeat");
                    break;
                }
            }
        }
    }

    QVector<BoilerplateBlock> blocks;
    for (int k = 0; k < lines.size(); ++k)
        if (!categories.at(k).isEmpty())
            blocks.append({{lines.at(k).start, lines.at(k).length()}, categories.at(k)});
    return blocks;
}

QVector<TextRange> BoilerplateDetector::detect(const QString &text)
{
    QVector<TextRange> ranges;
    for (const BoilerplateBlock &block : detectBlocks(text)) {
        if (!ranges.isEmpty()) {
            TextRange &last = ranges.last();
            bool onlySpace = true;
            for (int i = last.end(); i < block.range.start && onlySpace; ++i)
                onlySpace = text.at(i).isSpace();
            if (onlySpace) {
                last.length = block.range.end() - last.start;
                continue;
            }
        }
        ranges.append(block.range);
    }
    return ranges;
}

bool BoilerplateDetector::overlaps(const QVector<TextRange> &ranges, int start, int end)
{
    auto it = std::upper_bound(ranges.begin(), ranges.end(), start,
                               [](int value, const TextRange &range) { return value < range.end(); });
    return it != ranges.end() && it->start < end;
}

} // namespace cm
