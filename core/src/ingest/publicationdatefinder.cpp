#include "conflictmap/publicationdatefinder.h"

#include "conflictmap/boilerplatedetector.h"
#include "ingest/ingestlexicon.h"
#include "ingest/ingesttext.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace cm {
namespace {

using ingest::IngestLexicon;
using ingest::ShapeToken;
using ingest::TextLine;
using ingest::Token;

constexpr int kMinYear = 1990;
constexpr int kDateLineMaxLength = 160;
constexpr int kDateLineMaxWords = 14;
constexpr int kProseWords = 20;         // a line this long is prose, not a heading or byline
constexpr int kProseSentenceWords = 12; // ... and so is a shorter one ending a sentence
constexpr int kHeaderMaxLines = 60;
constexpr int kFooterLines = 10;

// Tries one shape at tokens[index]; returns the tokens consumed (0: no match).
int matchShape(const QVector<Token> &tokens, int index, const QVector<ShapeToken> &shape,
               const IngestLexicon &lexicon, DateMention &mention)
{
    int k = index;
    int day = 0;
    int month = 0;
    int year = 0;
    for (const ShapeToken &part : shape) {
        if (k >= tokens.size())
            return 0;
        const Token &token = tokens.at(k);
        // A date does not run over a line break.
        if (k > index && token.lineBreakBefore)
            return 0;
        switch (part.kind) {
        case ShapeToken::Day:
            if (token.kind != Token::Number || token.digits > 2 || token.value < 1 || token.value > 31)
                return 0;
            day = token.value;
            // "1er mars"
            if (k + 1 < tokens.size() && tokens.at(k + 1).kind == Token::Word &&
                tokens.at(k + 1).start == token.end && tokens.at(k + 1).folded == QLatin1String("er"))
                ++k;
            break;
        case ShapeToken::Month:
            if (token.kind != Token::Number || token.digits > 2 || token.value < 1 || token.value > 31)
                return 0;
            month = token.value;
            break;
        case ShapeToken::MonthName: {
            if (token.kind != Token::Word)
                return 0;
            month = lexicon.months.value(token.folded);
            if (month == 0)
                return 0;
            // An abbreviation's dot: "févr. 2016".
            if (k + 1 < tokens.size() && tokens.at(k + 1).folded == QLatin1String(".") &&
                tokens.at(k + 1).start == token.end && token.folded.size() <= 5)
                ++k;
            break;
        }
        case ShapeToken::Year4:
            if (token.kind != Token::Number || token.digits != 4)
                return 0;
            year = token.value;
            break;
        case ShapeToken::Year2:
            if (token.kind != Token::Number || token.digits != 2)
                return 0;
            year = 2000 + token.value;
            break;
        case ShapeToken::Literal:
            if (token.kind != Token::Punct || token.folded.at(0) != part.literal)
                return 0;
            break;
        }
        ++k;
    }
    // A numeric date must not continue with more digits ("12/08/2016/3", "2016-04-08T" is fine).
    if (k < tokens.size() && tokens.at(k).kind == Token::Number && tokens.at(k).start == tokens.at(k - 1).end)
        return 0;
    if (day && month > 12 && day <= 12)
        std::swap(day, month); // month first, as on US pages
    if (month < 1 || month > 12)
        return 0;
    if (year && (year < kMinYear || year > 2100))
        return 0;
    if (day && year && !QDate(year, month, day).isValid())
        return 0;
    if (day && !year && day > 31)
        return 0;
    mention.start = tokens.at(index).start;
    mention.length = tokens.at(k - 1).end - mention.start;
    mention.year = year;
    mention.month = month;
    mention.day = day;
    return k - index;
}

QVector<DateMention> datesInTokens(const QVector<Token> &tokens,
                                   QVector<QPair<int, int>> *tokenSpans = nullptr)
{
    const IngestLexicon &lexicon = IngestLexicon::instance();
    QVector<DateMention> mentions;
    int i = 0;
    while (i < tokens.size()) {
        const Token &token = tokens.at(i);
        int consumed = 0;
        if (token.kind == Token::Number ||
            (token.kind == Token::Word && lexicon.months.contains(token.folded))) {
            for (const QVector<ShapeToken> &shape : lexicon.dateShapes) {
                DateMention mention;
                consumed = matchShape(tokens, i, shape, lexicon, mention);
                if (consumed) {
                    mentions.append(mention);
                    if (tokenSpans)
                        tokenSpans->append({i, i + consumed});
                    break;
                }
            }
        }
        i += consumed ? consumed : 1;
    }
    return mentions;
}

enum class Cue { None, Published, Updated };

struct DateLine {
    bool valid = false;
    QDate published; ///< first date under a publication cue
    int publishedOffset = -1;
    QDate plain; ///< first date without a cue
    int plainOffset = -1;
    QDate updated;
    int updatedOffset = -1;
};

DateLine analyseLine(const QString &text, const TextLine &line, const QDate &today)
{
    DateLine result;
    if (line.isEmpty() || line.length() > kDateLineMaxLength)
        return result;
    // A full date has digits: most lines have none and need no tokens.
    const QStringView view = QStringView(text).mid(line.start, line.length());
    if (std::none_of(view.begin(), view.end(), [](QChar c) { return c.isDigit(); }))
        return result;
    const IngestLexicon &lexicon = IngestLexicon::instance();
    const ingest::Tokens tokenized = ingest::tokenize(text, line.start, line.end);
    const QVector<Token> &tokens = tokenized.list;
    QVector<QPair<int, int>> spans;
    const QVector<DateMention> mentions = datesInTokens(tokens, &spans);
    bool anyFullDate = false;
    for (const DateMention &mention : mentions)
        anyFullDate |= mention.date().isValid();
    if (!anyFullDate)
        return result;

    Cue cue = Cue::None;
    int words = 0;
    int span = 0;
    for (int i = 0; i < tokens.size(); ++i) {
        if (span < spans.size() && i == spans.at(span).first) {
            const QDate date = mentions.at(span).date();
            const int offset = mentions.at(span).start;
            if (date.isValid() && date.year() >= kMinYear && date <= today) {
                if (cue == Cue::Published && !result.published.isValid()) {
                    result.published = date;
                    result.publishedOffset = offset;
                } else if (cue == Cue::Updated && !result.updated.isValid()) {
                    result.updated = date;
                    result.updatedOffset = offset;
                } else if (cue == Cue::None && !result.plain.isValid()) {
                    result.plain = date;
                    result.plainOffset = offset;
                }
            }
            i = spans.at(span).second - 1;
            ++span;
            continue;
        }
        const Token &token = tokens.at(i);
        if (token.kind != Token::Word)
            continue;
        // "Le Monde.fr", "lefigaro.fr": a site's address names the outlet
        const auto dotAt = [&](int k) {
            return k >= 0 && k < tokens.size() && tokens.at(k).kind == Token::Punct &&
                   tokens.at(k).folded == QLatin1String(".");
        };
        if ((dotAt(i - 1) && tokens.at(i - 1).end == token.start) ||
            (dotAt(i + 1) && tokens.at(i + 1).start == token.end && i + 2 < tokens.size() &&
             tokens.at(i + 2).kind == Token::Word && tokens.at(i + 2).start == tokens.at(i + 1).end))
            continue;
        ++words;
        if (lexicon.publishedTriggers.contains(token.folded))
            cue = Cue::Published;
        else if (lexicon.updatedTriggers.contains(token.folded))
            cue = Cue::Updated;
        else if (!token.upperInitial && !lexicon.dateLineWords.contains(token.folded) &&
                 !lexicon.weekdays.contains(token.folded) && !lexicon.months.contains(token.folded))
            return {}; // a word of prose: this is a sentence, not a date line
    }
    if (words > kDateLineMaxWords)
        return {};
    result.valid = result.published.isValid() || result.plain.isValid() || result.updated.isValid();
    return result;
}

bool inBoilerplate(const QVector<TextRange> &boilerplate, const TextLine &line)
{
    return BoilerplateDetector::overlaps(boilerplate, line.start, qMax(line.end, line.start + 1));
}

// The attribution line of an embedded post keeps its date usable although it is boilerplate.
bool isEmbedAttribution(QStringView line)
{
    return (line.startsWith(QChar(0x2014)) || line.startsWith(QChar(0x2013)) ||
            line.startsWith(QLatin1Char('-'))) &&
           line.contains(QLatin1String("(@"));
}

// The sentence around [start, end): up to the previous and next sentence end or line break.
QStringView sentenceAround(const QString &text, int start, int end)
{
    auto stop = [](QChar c) {
        return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
               c == QLatin1Char('\n');
    };
    int s = start;
    while (s > 0 && !stop(text.at(s - 1)))
        --s;
    int e = end;
    while (e < text.size() && !stop(text.at(e)))
        ++e;
    return QStringView(text).mid(s, e - s);
}

bool aboutTheFuture(QStringView sentence, const IngestLexicon &lexicon)
{
    return lexicon.futureIndex.foundIn(ingest::matchKey(sentence)) >= 0;
}

// An agency dateline opening the lead: "BEYROUTH, 3 avril 2017 (AFP) - ...",
// "Mossoul (Irak), 10 juillet 2017 (Reuters) — ...", "Bagdad, le 17 novembre 2017 : ...".
// Returns the dated day and its offset in the text, or an invalid date.
QDate datelineDate(const QString &text, const TextLine &line, const QDate &today, int *offset)
{
    static const QRegularExpression kDateline(
        QStringLiteral("^\\s*\\p{Lu}[\\p{L}'\u2019. -]{1,40}?(?:\\s*\\([^()]{1,30}\\))?\\s*,\\s*"
                       "(?:le\\s+)?([^()\\n]{6,32}?)\\s*(?:\\([^()]{2,24}\\))?\\s*[-\u2013\u2014:]\\s"),
        QRegularExpression::UseUnicodePropertiesOption);
    // Cheap tests first: the pattern starts with an upper-case letter and has a comma and a
    // dash or colon; the date needs a digit.
    const QStringView view = QStringView(text).mid(line.start, line.length());
    auto has = [&view](auto test) { return std::any_of(view.begin(), view.end(), test); };
    if (view.isEmpty() || (view.front().isLetterOrNumber() && !view.front().isUpper()) ||
        !has([](QChar c) { return c == QLatin1Char(','); }) || !has([](QChar c) {
            return c == QLatin1Char('-') || c == QChar(0x2013) || c == QChar(0x2014) || c == QLatin1Char(':');
        }) ||
        !has([](QChar c) { return c.isDigit(); }))
        return {};
    const QRegularExpressionMatch match = kDateline.match(view.toString());
    if (!match.hasMatch())
        return {};
    const int start = line.start + int(match.capturedStart(1));
    const int end = line.start + int(match.capturedEnd(1));
    const QVector<DateMention> dates = PublicationDateFinder::findDates(text, start, end);
    if (dates.size() != 1 || !dates.first().date().isValid() || dates.first().date() > today)
        return {};
    *offset = dates.first().start;
    return dates.first().date();
}

QString weekdayName(int weekday)
{
    static const char *const kNames[] = {"",         "Monday", "Tuesday",  "Wednesday",
                                         "Thursday", "Friday", "Saturday", "Sunday"};
    return QString::fromLatin1(kNames[qBound(0, weekday, 7)]);
}

} // namespace

QVector<DateMention> PublicationDateFinder::findDates(const QString &text, int from, int to)
{
    if (to < 0 || to > text.size())
        to = int(text.size());
    return datesInTokens(ingest::tokenize(text, from, to).list);
}

QDate PublicationDateFinder::dateFromUrl(const QString &url, const QDate &today)
{
    // Digit runs of the address with the separator before each.
    struct Run {
        int value;
        int digits;
        QChar before;
    };
    QVector<Run> runs;
    for (int i = 0; i < url.size();) {
        if (!url.at(i).isDigit()) {
            ++i;
            continue;
        }
        const QChar before = i > 0 ? url.at(i - 1) : QChar();
        int value = 0;
        int digits = 0;
        while (i < url.size() && url.at(i).isDigit()) {
            if (digits < 9)
                value = value * 10 + url.at(i).digitValue();
            ++digits;
            ++i;
        }
        runs.append({value, digits, before});
    }
    const int maxYear = today.year() + 1;
    auto plausible = [&](int y, int m, int d) {
        return y >= kMinYear && y <= maxYear && QDate(y, m, d).isValid();
    };
    for (int k = 0; k < runs.size(); ++k) {
        const Run &run = runs.at(k);
        if (run.digits == 8 && plausible(run.value / 10000, run.value / 100 % 100, run.value % 100))
            return QDate(run.value / 10000, run.value / 100 % 100, run.value % 100);
        // "/201709/05/": year and month together, then the day
        if (run.digits == 6 && run.before == QLatin1Char('/') && k + 1 < runs.size() &&
            runs.at(k + 1).digits <= 2 && runs.at(k + 1).before == QLatin1Char('/') &&
            plausible(run.value / 100, run.value % 100, runs.at(k + 1).value))
            return QDate(run.value / 100, run.value % 100, runs.at(k + 1).value);
        if (run.digits == 4 && k + 2 < runs.size() && runs.at(k + 1).digits <= 2 &&
            runs.at(k + 2).digits <= 2) {
            const QChar separator = runs.at(k + 1).before;
            if ((separator == QLatin1Char('/') || separator == QLatin1Char('-') ||
                 separator == QLatin1Char('_')) &&
                runs.at(k + 2).before == separator &&
                plausible(run.value, runs.at(k + 1).value, runs.at(k + 2).value))
                return QDate(run.value, runs.at(k + 1).value, runs.at(k + 2).value);
        }
    }
    return {};
}

bool PublicationDateFinder::isDateLine(const QString &line)
{
    const QString trimmed = line.trimmed();
    return analyseLine(trimmed, {0, int(trimmed.size())}, QDate(9999, 12, 31)).valid;
}

PublicationDate PublicationDateFinder::find(const QString &text, const QVector<TextRange> &boilerplate,
                                            const QString &url, const QDate &today)
{
    const QVector<TextLine> lines = ingest::splitLines(text);

    // The header runs to the second line of prose (a date line may follow a lead paragraph).
    int headerEnd = qMin(int(lines.size()), kHeaderMaxLines);
    int paragraphs = 0;
    for (int k = 0; k < headerEnd; ++k) {
        const TextLine &line = lines.at(k);
        if (line.isEmpty() || inBoilerplate(boilerplate, line))
            continue;
        const int words = ingest::countWords(QStringView(text).mid(line.start, line.length()), kProseWords);
        const QChar last = text.at(line.end - 1);
        const bool sentence = last == QLatin1Char('.') || last == QLatin1Char('!') ||
                              last == QLatin1Char('?') || last == QChar(0x00BB) || last == QLatin1Char('"');
        if ((words >= kProseWords || (words >= kProseSentenceWords && sentence)) && ++paragraphs == 2) {
            headerEnd = k;
            break;
        }
    }
    auto embed = [&](const TextLine &line) {
        return isEmbedAttribution(QStringView(text).mid(line.start, line.length()));
    };

    // Header lines are read whatever the boilerplate (a date line is short and may sit
    // among navigation lines).
    PublicationDate plain;
    PublicationDate updated;
    for (int k = 0; k < headerEnd; ++k) {
        if (embed(lines.at(k)))
            continue; // an embedded post's date, not the page's
        const DateLine line = analyseLine(text, lines.at(k), today);
        if (!line.valid)
            continue;
        if (line.published.isValid())
            return {line.published, DateSource::Header, line.publishedOffset,
                    QStringLiteral("publication date line at the top")};
        if (line.plain.isValid() && !plain.date.isValid())
            plain = {line.plain, DateSource::Header, line.plainOffset,
                     QStringLiteral("date line at the top")};
        if (line.updated.isValid() && !updated.date.isValid())
            updated = {line.updated, DateSource::Header, line.updatedOffset,
                       QStringLiteral("update date at the top (no publication date given)")};
    }
    if (plain.date.isValid())
        return plain;
    if (updated.date.isValid())
        return updated;

    // The lead paragraph may open with the agency's dateline.
    for (int k = 0, prose = 0; k < lines.size() && prose < 2; ++k) {
        const TextLine &line = lines.at(k);
        if (line.isEmpty() || inBoilerplate(boilerplate, line))
            continue;
        if (ingest::countWords(QStringView(text).mid(line.start, line.length()), kProseSentenceWords) >=
            kProseSentenceWords)
            ++prose;
        int offset = -1;
        const QDate date = datelineDate(text, line, today, &offset);
        if (date.isValid())
            return {date, DateSource::Header, offset, QStringLiteral("dateline opening the article")};
    }

    for (int k = headerEnd; k < lines.size(); ++k) {
        if (inBoilerplate(boilerplate, lines.at(k)) || embed(lines.at(k)))
            continue;
        const DateLine line = analyseLine(text, lines.at(k), today);
        if (!line.valid)
            continue;
        if (line.published.isValid())
            return {line.published, DateSource::Body, line.publishedOffset,
                    QStringLiteral("publication date line in the text")};
        if (line.plain.isValid() && !plain.date.isValid() && k >= lines.size() - kFooterLines)
            plain = {line.plain, DateSource::Body, line.plainOffset, QStringLiteral("date line at the end")};
        if (line.updated.isValid() && !updated.date.isValid())
            updated = {line.updated, DateSource::Body, line.updatedOffset,
                       QStringLiteral("update date in the text (no publication date given)")};
    }
    if (plain.date.isValid())
        return plain;
    if (updated.date.isValid())
        return updated;

    const QDate fromUrl = dateFromUrl(url, today);
    if (fromUrl.isValid() && fromUrl <= today)
        return {fromUrl, DateSource::Url, -1, QStringLiteral("date in the article's address")};

    return infer(text, boilerplate, today);
}

PublicationDate PublicationDateFinder::infer(const QString &text, const QVector<TextRange> &boilerplate,
                                             const QDate &today)
{
    const IngestLexicon &lexicon = IngestLexicon::instance();
    const ingest::Tokens tokenized = ingest::tokenize(text, 0, int(text.size()));
    const QVector<Token> &tokens = tokenized.list;
    QVector<QPair<int, int>> spans;
    const QVector<DateMention> mentions = datesInTokens(tokens, &spans);

    auto usable = [&](int start, int end) {
        if (!BoilerplateDetector::overlaps(boilerplate, start, end))
            return true;
        int lineStart = start;
        while (lineStart > 0 && text.at(lineStart - 1) != QLatin1Char('\n'))
            --lineStart;
        int lineEnd = end;
        while (lineEnd < text.size() && text.at(lineEnd) != QLatin1Char('\n'))
            ++lineEnd;
        return isEmbedAttribution(QStringView(text).mid(lineStart, lineEnd - lineStart).trimmed());
    };

    QDate lowerBound;
    for (const DateMention &mention : mentions) {
        const QDate date = mention.date();
        if (!date.isValid() || date > today || date <= lowerBound)
            continue;
        if (!usable(mention.start, mention.start + mention.length))
            continue;
        if (aboutTheFuture(sentenceAround(text, mention.start, mention.start + mention.length), lexicon))
            continue;
        lowerBound = date;
    }

    // Weekday words that name a day of the publication week.
    QVector<int> weekdays;
    QStringList weekdayWords;
    int span = 0;
    for (int i = 0; i < tokens.size(); ++i) {
        while (span < spans.size() && spans.at(span).second <= i)
            ++span;
        if (span < spans.size() && i >= spans.at(span).first)
            continue; // part of a written date ("jeudi 12 octobre 2017" is absolute)
        const Token &token = tokens.at(i);
        if (token.kind != Token::Word)
            continue;
        const int weekday = lexicon.weekdays.value(token.folded);
        if (weekday == 0)
            continue;
        if (i + 1 < tokens.size()) {
            const Token &next = tokens.at(i + 1);
            if (next.kind == Token::Number || next.folded == QLatin1String("dernier") ||
                next.folded == QLatin1String("prochain") || next.folded == QLatin1String("precedent") ||
                next.folded == QLatin1String("suivant"))
                continue;
        }
        if (i > 0 && (tokens.at(i - 1).folded == QLatin1String("chaque") ||
                      tokens.at(i - 1).folded == QLatin1String("les")))
            continue; // habitual: "chaque vendredi", "les vendredis"
        const QStringView sentence = sentenceAround(text, token.start, token.end);
        if (!usable(token.start, token.end) || aboutTheFuture(sentence, lexicon))
            continue;
        // A weekday in a sentence that writes a date belongs to that date ("Le 3 mars, mardi, ...").
        const int sentenceStart = int(sentence.data() - text.constData());
        const bool dated = std::any_of(mentions.begin(), mentions.end(), [&](const DateMention &mention) {
            return mention.day > 0 && mention.start >= sentenceStart &&
                   mention.start < sentenceStart + sentence.size();
        });
        if (dated)
            continue;
        if (!weekdays.contains(weekday)) {
            weekdays.append(weekday);
            weekdayWords.append(text.mid(token.start, token.end - token.start));
        }
    }

    if (!lowerBound.isValid()) {
        PublicationDate none;
        if (!weekdays.isEmpty())
            none.note = QStringLiteral("no date written; weekday words (%1) alone do not fix a day")
                            .arg(weekdayWords.join(QStringLiteral(", ")));
        else
            none.note = QStringLiteral("no date written in the article");
        return none;
    }

    PublicationDate result;
    result.source = DateSource::Inferred;
    result.date = lowerBound;
    result.earliest = lowerBound;
    QString note =
        QStringLiteral("inferred: newest date written is %1").arg(lowerBound.toString(Qt::ISODate));
    if (!weekdays.isEmpty()) {
        int bestCost = 1 << 30;
        for (int shift = 0; shift < 7; ++shift) {
            const QDate candidate = lowerBound.addDays(shift);
            int oldest = 0;
            for (int weekday : weekdays)
                oldest = qMax(oldest, (candidate.dayOfWeek() - weekday + 7) % 7);
            // Articles appear close to the newest date they cite: a day after it costs double.
            const int cost = 2 * shift + oldest;
            if (cost < bestCost && candidate <= today) {
                bestCost = cost;
                result.date = candidate;
            }
        }
        note += QStringLiteral("; weekday words %1 put it on %2")
                    .arg(weekdayWords.join(QStringLiteral(", ")), weekdayName(result.date.dayOfWeek()));
    }
    result.note = note;
    return result;
}

} // namespace cm
