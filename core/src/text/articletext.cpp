#include "conflictmap/articletext.h"

#include "conflictmap/textnormalize.h"

#include <QHash>
#include <algorithm>

namespace cm {
namespace {

// QString::indexOf for a short ASCII needle: Qt's vectorised search for its first character,
// then a comparison, is faster on whole articles than the general substring search.
template <int N> int find(const QString &text, const char (&needle)[N], int from)
{
    const QChar *data = text.constData();
    const int last = int(text.size()) - (N - 1);
    for (int i = text.indexOf(QLatin1Char(needle[0]), std::max(0, from)); i >= 0 && i <= last;
         i = text.indexOf(QLatin1Char(needle[0]), i + 1)) {
        int k = 1;
        while (k < N - 1 && data[i + k] == QLatin1Char(needle[k]))
            ++k;
        if (k == N - 1)
            return i;
    }
    return -1;
}

void blank(QString &text, int from, int to)
{
    for (int i = from; i < to && i < text.size(); ++i)
        if (text.at(i) != QLatin1Char('\n'))
            text[i] = QLatin1Char(' ');
}

// "[label](target)": blanks the brackets and the target, keeps the label.
void blankLinks(QString &text)
{
    int i = 0;
    while ((i = find(text, "](", i)) >= 0) {
        const int close = text.indexOf(QLatin1Char(')'), i + 2);
        const int newline = text.indexOf(QLatin1Char('\n'), i + 2);
        if (close < 0 || (newline >= 0 && newline < close)) {
            i += 2;
            continue;
        }
        int open = i - 1;
        while (open >= 0 && text.at(open) != QLatin1Char('[') && text.at(open) != QLatin1Char('\n'))
            --open;
        if (open >= 0 && text.at(open) == QLatin1Char('['))
            text[open] = QLatin1Char(' ');
        blank(text, i, close + 1);
        i = close + 1;
    }
}

// Blanks "http://…" and "https://…" (any case) up to the next space, and a '<' before them.
void blankUrls(QString &text)
{
    int colon = 0;
    while ((colon = find(text, "://", colon)) >= 0) {
        int i = -1;
        if (colon >= 5 &&
            QStringView(text).mid(colon - 5, 5).compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
            i = colon - 5;
        else if (colon >= 4 &&
                 QStringView(text).mid(colon - 4, 4).compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
            i = colon - 4;
        if (i < 0) {
            colon += 3;
            continue;
        }
        int end = i;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        if (i > 0 && text.at(i - 1) == QLatin1Char('<'))
            text[i - 1] = QLatin1Char(' ');
        blank(text, i, end);
        colon = std::max(colon + 3, end);
    }
}

// foldTextSameLength maps each character on its own: a table for the common ranges (Latin,
// punctuation) saves its per-character string work on whole articles.
constexpr int kFoldTableSize = 0x3000;

const QString &foldTable()
{
    static const QString table = [] {
        QString all(kFoldTableSize, Qt::Uninitialized);
        for (int c = 0; c < kFoldTableSize; ++c)
            all[c] = QChar(ushort(c));
        return foldTextSameLength(all);
    }();
    return table;
}

// Characters beyond the table are rare but repeat within a text (U+FFFD where the decoding
// failed): each thread keeps the ones it has folded.
QChar foldRare(QChar c)
{
    thread_local QHash<char16_t, QChar> folded;
    auto found = folded.constFind(c.unicode());
    if (found == folded.constEnd())
        found = folded.insert(c.unicode(), foldTextSameLength(QString(c)).at(0));
    return *found;
}

// foldTextSameLength of one character, `table` being foldTable().
inline QChar foldOne(const QChar *table, QChar c)
{
    return c.unicode() < kFoldTableSize ? table[c.unicode()] : foldRare(c);
}

} // namespace

ArticleText ArticleText::prepare(const QString &text, const QVector<TextRange> &boilerplate)
{
    ArticleText result;
    result.clean = text;
    QString &clean = result.clean;
    blankUrls(clean);
    blankLinks(clean);
    // One pass removes the markup and folds (the folded text is the clean one folded).
    const QChar *table = foldTable().constData();
    const int size = int(clean.size());
    result.folded = QString(size, Qt::Uninitialized);
    QChar *data = clean.data();
    QChar *folded = result.folded.data();
    bool lineStart = true;
    for (int i = 0; i < size; ++i) {
        const QChar c = data[i];
        // within a line, letters (above '>', but '\\') are left as they are
        if (lineStart || c.unicode() <= '>' || c == QLatin1Char('\\')) {
            if (c == QLatin1Char('\n')) {
                lineStart = true;
            } else if (lineStart && c == QLatin1Char('#')) {
                data[i] = QLatin1Char(' ');
            } else {
                if (lineStart && !c.isSpace())
                    lineStart = false;
                if (c == QLatin1Char('*') || c == QLatin1Char('\\') || (c == QLatin1Char('>') && lineStart))
                    data[i] = QLatin1Char(' ');
            }
        }
        folded[i] = foldOne(table, data[i]);
    }
    const QChar foldedNewline = foldOne(table, QLatin1Char('\n'));
    for (const TextRange &range : boilerplate) {
        const int from = qBound(0, range.start, size);
        const int to = std::max(from, qBound(0, range.end(), size));
        std::fill(data + from, data + to, QLatin1Char('\n'));
        std::fill(folded + from, folded + to, foldedNewline);
    }
    return result;
}

} // namespace cm
