#include "conflictmap/articletext.h"

#include "conflictmap/textnormalize.h"

namespace cm {
namespace {

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
    while ((i = text.indexOf(QLatin1String("]("), i)) >= 0) {
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

void blankUrls(QString &text)
{
    for (const QLatin1String scheme : {QLatin1String("http://"), QLatin1String("https://")}) {
        int i = 0;
        while ((i = text.indexOf(scheme, i, Qt::CaseInsensitive)) >= 0) {
            int end = i;
            while (end < text.size() && !text.at(end).isSpace())
                ++end;
            if (i > 0 && text.at(i - 1) == QLatin1Char('<'))
                text[i - 1] = QLatin1Char(' ');
            blank(text, i, end);
            i = end;
        }
    }
}

} // namespace

ArticleText ArticleText::prepare(const QString &text, const QVector<TextRange> &boilerplate)
{
    ArticleText result;
    result.clean = text;
    QString &clean = result.clean;
    blankUrls(clean);
    blankLinks(clean);
    bool lineStart = true;
    for (int i = 0; i < clean.size(); ++i) {
        const QChar c = clean.at(i);
        if (c == QLatin1Char('\n')) {
            lineStart = true;
            continue;
        }
        if (lineStart && c == QLatin1Char('#')) {
            clean[i] = QLatin1Char(' ');
            continue;
        }
        if (!c.isSpace())
            lineStart = false;
        if (c == QLatin1Char('*') || c == QLatin1Char('\\') || (c == QLatin1Char('>') && lineStart))
            clean[i] = QLatin1Char(' ');
    }
    for (const TextRange &range : boilerplate) {
        const int from = qBound(0, range.start, int(clean.size()));
        const int to = qBound(0, range.end(), int(clean.size()));
        for (int i = from; i < to; ++i)
            clean[i] = QLatin1Char('\n');
    }
    result.folded = foldTextSameLength(clean);
    return result;
}

} // namespace cm
