#include "conflictmap/plaintextmetadata.h"

#include "conflictmap/boilerplatedetector.h"
#include "conflictmap/publicationdatefinder.h"
#include "ingest/ingestlexicon.h"
#include "ingest/ingesttext.h"

namespace cm {
namespace {

using ingest::TextLine;

constexpr int kTitleSearchLines = 15;
constexpr int kTitleMaxLength = 250;

QString stripMarkdown(QStringView line)
{
    QString out = line.toString();
    while (out.startsWith(QLatin1Char('#')))
        out.remove(0, 1);
    out.remove(QStringLiteral("**"));
    out.remove(QStringLiteral("__"));
    out = out.trimmed();
    if (out.size() > 2 && out.startsWith(QLatin1Char('*')) && out.endsWith(QLatin1Char('*')))
        out = out.mid(1, out.size() - 2).trimmed();
    return out;
}

QString urlIn(QStringView line)
{
    QStringView rest = line.trimmed();
    if (rest.startsWith(QLatin1Char('<')) && rest.endsWith(QLatin1Char('>')))
        rest = rest.mid(1, rest.size() - 2).trimmed();
    if ((rest.startsWith(QLatin1String("http://")) || rest.startsWith(QLatin1String("https://"))) &&
        !rest.contains(QLatin1Char(' ')))
        return rest.toString();
    return {};
}

} // namespace

FrontMatter PlainTextMetadata::frontMatter(const QString &text)
{
    FrontMatter result;
    if (!text.startsWith(QLatin1String("---")))
        return result;
    const QVector<TextLine> lines = ingest::splitLines(text);
    if (lines.isEmpty() ||
        QStringView(text).mid(lines.at(0).start, lines.at(0).length()) != QLatin1String("---"))
        return result;
    for (int k = 1; k < qMin(int(lines.size()), 60); ++k) {
        const QStringView line = QStringView(text).mid(lines.at(k).start, lines.at(k).length());
        if (line == QLatin1String("---") || line == QLatin1String("...")) {
            result.present = true;
            result.range = {0, lines.at(k).end};
            return result;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed().toString().toLower();
        QString value = line.mid(colon + 1).trimmed().toString();
        if (value.size() >= 2 &&
            (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))) &&
            value.endsWith(value.at(0)))
            value = value.mid(1, value.size() - 2);
        if (key == QLatin1String("title") || key == QLatin1String("titre"))
            result.title = value;
        else if (key == QLatin1String("url") || key == QLatin1String("source") ||
                 key == QLatin1String("link") || key == QLatin1String("lien"))
            result.url = value;
        else if (key == QLatin1String("date") || key == QLatin1String("published") ||
                 key == QLatin1String("publication_date") || key == QLatin1String("pubdate") ||
                 key == QLatin1String("publie")) {
            QDate date = QDate::fromString(value.left(10), Qt::ISODate);
            if (!date.isValid()) {
                const QVector<DateMention> mentions = PublicationDateFinder::findDates(value);
                if (!mentions.isEmpty())
                    date = mentions.first().date();
            }
            result.published = date;
        }
    }
    return FrontMatter(); // no closing line: not front matter
}

QString PlainTextMetadata::title(const QString &text, const QVector<TextRange> &boilerplate)
{
    const QVector<TextLine> lines = ingest::splitLines(text);
    QString fallback;
    int seen = 0;
    for (const TextLine &line : lines) {
        if (line.isEmpty())
            continue;
        if (++seen > kTitleSearchLines)
            break;
        const QStringView view = QStringView(text).mid(line.start, line.length());
        if (view.startsWith(QLatin1String("# ")) || view.startsWith(QLatin1String("## ")))
            return stripMarkdown(view);
    }
    seen = 0;
    for (const TextLine &line : lines) {
        if (line.isEmpty())
            continue;
        if (++seen > kTitleSearchLines)
            break;
        if (BoilerplateDetector::overlaps(boilerplate, line.start, line.end))
            continue;
        const QStringView view = QStringView(text).mid(line.start, line.length());
        const QString candidate = stripMarkdown(view);
        if (candidate.isEmpty())
            continue;
        if (fallback.isEmpty())
            fallback = candidate.left(kTitleMaxLength);
        const int words = ingest::countWords(candidate);
        if (words < 3 || words > 40 || candidate.size() > kTitleMaxLength)
            continue;
        const QString key = ingest::matchKey(candidate);
        if (key.startsWith(QLatin1String("par ")) || key.startsWith(QLatin1String("by ")))
            continue; // a byline
        if (candidate.size() > 80 && candidate.endsWith(QLatin1Char('.')))
            continue; // a sentence of the lead paragraph
        if (PublicationDateFinder::isDateLine(candidate))
            continue;
        return candidate;
    }
    // No headline-like line near the top: the first text line, if any.
    if (fallback.isEmpty()) {
        for (const TextLine &line : lines)
            if (!line.isEmpty() && !BoilerplateDetector::overlaps(boilerplate, line.start, line.end))
                return stripMarkdown(QStringView(text).mid(line.start, line.length())).left(kTitleMaxLength);
    }
    return fallback;
}

QString PlainTextMetadata::sourceUrl(const QString &text)
{
    const QVector<TextLine> lines = ingest::splitLines(text);
    QVector<int> nonEmpty;
    for (int k = 0; k < lines.size(); ++k)
        if (!lines.at(k).isEmpty())
            nonEmpty.append(k);
    QVector<int> candidates;
    for (int k = 0; k < qMin(5, int(nonEmpty.size())); ++k)
        candidates.append(nonEmpty.at(k));
    for (int k = qMax(5, int(nonEmpty.size()) - 5); k < nonEmpty.size(); ++k)
        candidates.append(nonEmpty.at(k));
    const ingest::IngestLexicon &lexicon = ingest::IngestLexicon::instance();
    for (int k : candidates) {
        const QStringView line = QStringView(text).mid(lines.at(k).start, lines.at(k).length());
        QString url = urlIn(line);
        if (url.isEmpty()) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (colon > 0 && colon < 40 && lexicon.sourceCues.contains(ingest::matchKey(line.left(colon))))
                url = urlIn(line.mid(colon + 1));
        }
        if (!url.isEmpty())
            return url;
    }
    return {};
}

} // namespace cm
