#include "conflictmap/temporalresolver.h"

#include "conflictmap/resources.h"
#include "conflictmap/textnormalize.h"
#include "text/lexiconfile.h"
#include "text/phrasematcher.h"

#include "text/wordtable.h"

#include <QHash>
#include <algorithm>
#include <limits>
#include <vector>

namespace cm {

namespace {
constexpr int kNone = std::numeric_limits<int>::min();
} // namespace

struct TemporalResolver::Data {
    struct Rule {
        QString kind;
        int value = 0;
        DatePrecision precision = DatePrecision::Day;
    };
    QHash<QString, int> months;
    QHash<QString, int> weekdays;
    QHash<QString, int> numbers;
    QVector<Rule> rules;
    PhraseMatcher phrases;
    /** By word id: words that may open an expression besides the phrases (numbers, months,
     *  weekdays, "il", "début"…), to pass over all other words at once. */
    std::vector<char> starters;
    /** By word id: the values of months, weekdays and numbers (kNone for other words). */
    std::vector<int> monthOf, weekdayOf, numberOf;
    /** By word id: the first and last months of a season, kNone for other words. */
    std::vector<int> seasonFirst, seasonLast;
    static int valueOf(const std::vector<int> &table, int id)
    {
        return id >= 0 && id < int(table.size()) ? table[size_t(id)] : kNone;
    }
    /** By word id: modifiers before a number ("à peine", "près de", "tout juste"). */
    std::vector<char> modifiers;
    static void mark(std::vector<char> &table, const QString &word)
    {
        const int id = WordTable::instance().addWord(word);
        if (id >= int(table.size()))
            table.resize(size_t(id) + 1, 0);
        table[size_t(id)] = 1;
    }
    static bool marked(const std::vector<char> &table, int id)
    {
        return id >= 0 && id < int(table.size()) && table[size_t(id)];
    }
    bool mayStart(const Tokens &tokens, int i) const
    {
        const Token &token = tokens.at(i);
        if (marked(starters, token.wordId) || phrases.mayStartAt(token))
            return true;
        const QStringView text = token.text;
        const QChar first = text.isEmpty() ? QChar() : text.at(0);
        if ((first >= QLatin1Char('0') && first <= QLatin1Char('9')) ||
            (first.unicode() >= 128 && first.isDigit()))
            return true;
        if (first == QLatin1Char('m') && text.size() >= 3 && text.at(1) == QLatin1Char('i') &&
            text.at(2) == QLatin1Char('-'))
            return true; // mi-mars
        if (!marked(modifiers, token.wordId) || i + 1 >= tokens.size())
            return false;
        const QStringView next = tokens.at(i + 1).text;
        if (text == QLatin1String("a"))
            return next == QLatin1String("peine");
        if (text == QLatin1String("tout"))
            return next == QLatin1String("juste");
        return next == QLatin1String("de") || next == QLatin1String("d'");
    }
};

namespace {

struct Narrative {
    QDate date;
    QDate earliest;
    QDate latest;
    DatePrecision precision = DatePrecision::Unknown;
};

int rank(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return 1;
    case DatePrecision::Week:
        return 2;
    case DatePrecision::Month:
        return 3;
    case DatePrecision::Year:
        return 4;
    case DatePrecision::Unknown:
        return 5;
    }
    return 5;
}

DatePrecision coarser(DatePrecision a, DatePrecision b)
{
    return rank(a) >= rank(b) ? a : b;
}

DatePrecision precisionFrom(const QString &id)
{
    const DatePrecision precision = datePrecisionFromId(id);
    return precision == DatePrecision::Unknown ? DatePrecision::Day : precision;
}

QDate middle(const QDate &earliest, const QDate &latest)
{
    return earliest.addDays(earliest.daysTo(latest) / 2);
}

// QDate::toString(Qt::ISODate) without its general formatting machinery (notes of every span).
QString isoDate(const QDate &date)
{
    if (!date.isValid() || date.year() < 1000 || date.year() > 9999)
        return date.toString(Qt::ISODate);
    const int y = date.year(), m = date.month(), d = date.day();
    const char buffer[10] = {char('0' + y / 1000),
                             char('0' + y / 100 % 10),
                             char('0' + y / 10 % 10),
                             char('0' + y % 10),
                             '-',
                             char('0' + m / 10),
                             char('0' + m % 10),
                             '-',
                             char('0' + d / 10),
                             char('0' + d % 10)};
    return QString::fromLatin1(buffer, 10);
}

QStringView textAt(const Tokens &tokens, int i)
{
    return i >= 0 && i < tokens.size() ? tokens.at(i).text : QStringView();
}

// QString::toInt for a token (no sign, no spaces): ASCII digits only, within int.
int toInt(QStringView text, bool *ok = nullptr)
{
    qint64 value = 0;
    bool valid = !text.isEmpty();
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            valid = false;
            break;
        }
        value = value * 10 + (c.unicode() - '0');
        if (value > std::numeric_limits<int>::max()) {
            valid = false;
            break;
        }
    }
    if (ok)
        *ok = valid;
    return valid ? int(value) : 0;
}

bool isYear(QStringView text, int *year)
{
    if (text.size() != 4)
        return false;
    bool ok = false;
    const int value = toInt(text, &ok);
    if (!ok || value < 1900 || value > 2100)
        return false;
    *year = value;
    return true;
}

} // namespace

TemporalResolver::TemporalResolver() : d(std::make_unique<Data>()) {}
TemporalResolver::~TemporalResolver() = default;

bool TemporalResolver::loadDefault(Diagnostics *diagnostics)
{
    return load(Resources::path(QStringLiteral("lexicon")), diagnostics);
}

bool TemporalResolver::load(const QString &directory, Diagnostics *diagnostics)
{
    bool ok = true;
    auto readTable = [&](const QString &name, QHash<QString, int> *table) {
        QVector<LexiconRow> rows;
        const QString path = directory + QLatin1Char('/') + name;
        if (!readLexiconFile(path, 2, &rows, diagnostics)) {
            ok = false;
            return;
        }
        for (const LexiconRow &row : rows) {
            bool number = false;
            const int value = row.columns.at(1).toInt(&number);
            if (!number) {
                if (diagnostics)
                    diagnostics->append({path, row.line, QStringLiteral("second column is not a number"),
                                         Diagnostic::Severity::Warning});
                continue;
            }
            table->insert(foldText(row.columns.at(0)), value);
        }
    };
    readTable(QStringLiteral("months.tsv"), &d->months);
    readTable(QStringLiteral("weekdays.tsv"), &d->weekdays);
    readTable(QStringLiteral("numbers.tsv"), &d->numbers);
    auto index = [](const QHash<QString, int> &table, std::vector<int> *byId, std::vector<char> *starters) {
        for (auto it = table.constBegin(); it != table.constEnd(); ++it) {
            const int id = WordTable::instance().addWord(it.key());
            if (id >= int(byId->size()))
                byId->resize(size_t(id) + 1, kNone);
            (*byId)[size_t(id)] = it.value();
            Data::mark(*starters, it.key());
        }
    };
    index(d->months, &d->monthOf, &d->starters);
    index(d->weekdays, &d->weekdayOf, &d->starters);
    index(d->numbers, &d->numberOf, &d->starters);
    QVector<LexiconRow> seasons;
    const QString seasonsPath = directory + QStringLiteral("/seasons.tsv");
    if (!readLexiconFile(seasonsPath, 3, &seasons, diagnostics))
        ok = false;
    for (const LexiconRow &row : seasons) {
        const int first = row.columns.at(1).toInt();
        const int last = row.columns.at(2).toInt();
        if (first < 1 || first > 12 || last < 1 || last > 12) {
            if (diagnostics)
                diagnostics->append({seasonsPath, row.line, QStringLiteral("months must be 1 to 12"),
                                     Diagnostic::Severity::Warning});
            continue;
        }
        const int id = WordTable::instance().addWord(foldText(row.columns.at(0)));
        if (id >= int(d->seasonFirst.size())) {
            d->seasonFirst.resize(size_t(id) + 1, kNone);
            d->seasonLast.resize(size_t(id) + 1, kNone);
        }
        d->seasonFirst[size_t(id)] = first;
        d->seasonLast[size_t(id)] = last;
        Data::mark(d->starters, foldText(row.columns.at(0)));
    }
    // the words resolve() looks for first, apart from the tables and the phrases
    for (const char *word : {"il", "environ", "quelque", "seulement", "exactement", "une", "debut", "courant",
                             "fin", "mi", "depuis"})
        Data::mark(d->starters, QString::fromLatin1(word));
    for (const char *word : {"a", "pres", "plus", "moins", "tout"})
        Data::mark(d->modifiers, QString::fromLatin1(word));

    QVector<LexiconRow> rows;
    const QString path = directory + QStringLiteral("/temporal.tsv");
    if (!readLexiconFile(path, 4, &rows, diagnostics))
        return false;
    static const QStringList kKinds{QStringLiteral("pub"),       QStringLiteral("narrative"),
                                    QStringLiteral("lastweek"),  QStringLiteral("thisweek"),
                                    QStringLiteral("lastmonth"), QStringLiteral("lastyear"),
                                    QStringLiteral("thisyear"),  QStringLiteral("recent")};
    for (const LexiconRow &row : rows) {
        Data::Rule rule;
        rule.kind = row.columns.at(1);
        if (!kKinds.contains(rule.kind)) {
            if (diagnostics)
                diagnostics->append({path, row.line, QStringLiteral("unknown rule '%1'").arg(rule.kind),
                                     Diagnostic::Severity::Warning});
            continue;
        }
        rule.value = row.columns.at(2).toInt();
        rule.precision = precisionFrom(row.columns.at(3));
        d->phrases.add(foldText(row.columns.at(0)), d->rules.size());
        d->rules.append(rule);
    }
    return ok;
}

QVector<TemporalMention> TemporalResolver::resolve(const QString &text, const QDate &published) const
{
    return resolve(tokenize(foldTextSameLength(text)), published);
}

QVector<TemporalMention> TemporalResolver::resolve(const Tokens &tokens, const QDate &published) const
{
    QVector<TemporalMention> mentions;
    Narrative narrative{published, {}, {}, published.isValid() ? DatePrecision::Day : DatePrecision::Unknown};
    const int count = tokens.size();

    auto numberAt = [&](int i, int *value) -> bool {
        bool ok = false;
        const int n = toInt(textAt(tokens, i), &ok);
        if (ok && n > 0 && n < 1000) {
            *value = n;
            return true;
        }
        const int number = i >= 0 && i < count ? Data::valueOf(d->numberOf, tokens.at(i).wordId) : kNone;
        if (number == kNone)
            return false;
        *value = number;
        return true;
    };
    // Unit of a duration: days per unit for days and weeks; months as negative (-1 month, -12 year).
    auto unitAt = [&](int i, int *days, int *months, DatePrecision *precision) -> bool {
        const QStringView text = textAt(tokens, i);
        *days = 0;
        *months = 0;
        if (text == QLatin1String("jour") || text == QLatin1String("jours") ||
            text == QLatin1String("journees")) {
            *days = 1;
            *precision = DatePrecision::Day;
        } else if (text == QLatin1String("semaine") || text == QLatin1String("semaines")) {
            *days = 7;
            *precision = DatePrecision::Week;
        } else if (text == QLatin1String("mois")) {
            *months = 1;
            *precision = DatePrecision::Month;
        } else if (text == QLatin1String("an") || text == QLatin1String("ans") ||
                   text == QLatin1String("annee") || text == QLatin1String("annees")) {
            *months = 12;
            *precision = DatePrecision::Month;
        } else {
            return false;
        }
        return true;
    };
    // Skips "près de", "environ", "tout juste"… before a number.
    auto skipModifiers = [&](int i) {
        for (int guard = 0; guard < 3; ++guard) {
            const QStringView text = textAt(tokens, i);
            if ((text == QLatin1String("pres") || text == QLatin1String("plus") ||
                 text == QLatin1String("moins")) &&
                (textAt(tokens, i + 1) == QLatin1String("de") ||
                 textAt(tokens, i + 1) == QLatin1String("d'")))
                i += 2;
            else if (text == QLatin1String("tout") && textAt(tokens, i + 1) == QLatin1String("juste"))
                i += 2;
            else if (text == QLatin1String("environ") || text == QLatin1String("quelque") ||
                     text == QLatin1String("seulement") || text == QLatin1String("exactement"))
                i += 1;
            else if (text == QLatin1String("a") && textAt(tokens, i + 1) == QLatin1String("peine"))
                i += 2;
            else
                break;
        }
        return i;
    };
    // A duration "N unit" (or "une dizaine de jours") at i; returns the token after it or -1.
    auto durationAt = [&](int i, int *days, int *months, DatePrecision *precision) -> int {
        i = skipModifiers(i);
        int n = 0;
        if (textAt(tokens, i) == QLatin1String("une") && i + 1 < count &&
            Data::valueOf(d->numberOf, tokens.at(i + 1).wordId) != kNone &&
            Data::valueOf(d->numberOf, tokens.at(i + 1).wordId) >= 10)
            ++i; // "une dizaine"
        if (!numberAt(i, &n))
            return -1;
        int next = i + 1;
        if (textAt(tokens, next) == QLatin1String("de") || textAt(tokens, next) == QLatin1String("d'"))
            ++next;
        int unitDays = 0, unitMonths = 0;
        if (!unitAt(next, &unitDays, &unitMonths, precision))
            return -1;
        *days = n * unitDays;
        *months = n * unitMonths;
        return next + 1;
    };
    auto yearFor = [&](int month, int day) {
        if (!published.isValid())
            return 0;
        if (month < published.month() || (month == published.month() && day <= published.day()))
            return published.year();
        return published.year() - 1;
    };
    auto monthAt = [&](int i, bool allowShort, int *month) -> bool {
        QStringView text = textAt(tokens, i);
        int value = kNone;
        if (text.startsWith(QLatin1String("mi-"))) {
            text = text.mid(3);
            value = d->months.value(text.toString(), kNone);
        } else if (i >= 0 && i < count) {
            value = Data::valueOf(d->monthOf, tokens.at(i).wordId);
        }
        if (value == kNone)
            return false;
        if (!allowShort && text.size() <= 4 && text != QLatin1String("mars") &&
            text != QLatin1String("mai") && text != QLatin1String("juin") && text != QLatin1String("aout"))
            return false;
        *month = value;
        return true;
    };

    int i = 0;
    while (i < count) {
        if (!tokens.at(i).word || !d->mayStart(tokens, i)) {
            ++i;
            continue;
        }
        TemporalMention mention;
        int end = -1;
        bool movesNarrative = true;
        const QStringView word = tokens.at(i).text;
        const int weekdayHere = Data::valueOf(d->weekdayOf, tokens.at(i).wordId);

        // Fixed phrases of temporal.tsv.
        const PhraseMatcher::Match phrase = d->phrases.longestAt(tokens, i, count);
        if (phrase.isValid()) {
            const Data::Rule &rule = d->rules.at(phrase.payload);
            end = phrase.end;
            mention.precision = rule.precision;
            if (rule.kind == QLatin1String("pub") && published.isValid()) {
                mention.date = published.addDays(rule.value);
                mention.newsDay = true;
                mention.note =
                    QStringLiteral("publication day %1%2").arg(rule.value >= 0 ? "+" : "").arg(rule.value);
            } else if (rule.kind == QLatin1String("narrative") && narrative.date.isValid()) {
                int days = rule.value;
                // "le 11 juin, au lendemain de la chute de Mossoul": the date the narrative is at
                // is the day after the event named next, so that event is a day before it.
                const QStringView de = textAt(tokens, end);
                const QStringView det = textAt(tokens, end + 1);
                if (days != 0 && (de == QLatin1String("du") || de == QLatin1String("des") ||
                                  ((de == QLatin1String("de") || de == QLatin1String("d'")) &&
                                   (det == QLatin1String("la") || det == QLatin1String("l'") ||
                                    det == QLatin1String("sa") || det == QLatin1String("son") ||
                                    det == QLatin1String("leur") || det == QLatin1String("cette"))))) {
                    days = -days;
                    mention.namesEarlierEvent = true;
                    movesNarrative = false;
                }
                mention.date = narrative.date.addDays(days);
                if (narrative.earliest.isValid()) {
                    mention.earliest = narrative.earliest.addDays(days);
                    mention.latest = narrative.latest.addDays(days);
                }
                mention.precision = coarser(rule.precision, narrative.precision);
                mention.note = QStringLiteral("%1 day(s) from the narrative date").arg(days);
            } else if (published.isValid()) {
                movesNarrative = rule.kind == QLatin1String("lastweek");
                if (rule.kind == QLatin1String("lastweek")) {
                    const QDate monday = published.addDays(1 - published.dayOfWeek() - 7);
                    mention.earliest = monday;
                    mention.latest = monday.addDays(6);
                } else if (rule.kind == QLatin1String("thisweek")) {
                    mention.earliest = published.addDays(-6);
                    mention.latest = published;
                } else if (rule.kind == QLatin1String("lastmonth")) {
                    const QDate first = QDate(published.year(), published.month(), 1).addMonths(-1);
                    mention.earliest = first;
                    mention.latest = first.addMonths(1).addDays(-1);
                } else if (rule.kind == QLatin1String("lastyear")) {
                    mention.earliest = QDate(published.year() - 1, 1, 1);
                    mention.latest = QDate(published.year() - 1, 12, 31);
                } else if (rule.kind == QLatin1String("thisyear")) {
                    mention.earliest = QDate(published.year(), 1, 1);
                    mention.latest = published;
                } else { // recent
                    mention.earliest = published.addDays(-rule.value);
                    mention.latest = published;
                }
                mention.date = middle(mention.earliest, mention.latest);
                mention.note =
                    QStringLiteral("span %1 .. %2").arg(isoDate(mention.earliest), isoDate(mention.latest));
            }
        }

        // "il y a N unités"
        if (end < 0 && word == QLatin1String("il") && textAt(tokens, i + 1) == QLatin1String("y") &&
            textAt(tokens, i + 2) == QLatin1String("a")) {
            int days = 0, months = 0;
            DatePrecision precision = DatePrecision::Day;
            const int after = durationAt(i + 3, &days, &months, &precision);
            if (after > 0) {
                end = after;
                if (published.isValid()) {
                    mention.date = published.addDays(-days).addMonths(-months);
                    mention.precision = precision;
                    mention.note = QStringLiteral("publication date minus a duration");
                }
            }
        }

        // "N unités plus tard / après / auparavant / plus tôt"
        if (end < 0) {
            int days = 0, months = 0;
            DatePrecision precision = DatePrecision::Day;
            const int after = durationAt(i, &days, &months, &precision);
            if (after > 0) {
                int sign = 0;
                int next = after;
                const QStringView a = textAt(tokens, after);
                const QStringView b = textAt(tokens, after + 1);
                if ((a == QLatin1String("plus") && b == QLatin1String("tard"))) {
                    sign = 1;
                    next = after + 2;
                } else if (a == QLatin1String("plus") && b == QLatin1String("tot")) {
                    sign = -1;
                    next = after + 2;
                } else if (a == QLatin1String("auparavant")) {
                    sign = -1;
                    next = after + 1;
                } else if (a == QLatin1String("apres")) {
                    sign = 1;
                    next = after + 1;
                    // "deux jours après leur percée": names an earlier event.
                    static const char *const kDeterminers[] = {"le",  "la",    "les",  "l'", "leur", "leurs",
                                                               "son", "sa",    "ses",  "un", "une",  "cette",
                                                               "ce",  "avoir", "etre", "s'"};
                    const QStringView following = textAt(tokens, next);
                    if (std::any_of(std::begin(kDeterminers), std::end(kDeterminers),
                                    [&](const char *w) { return following == QLatin1String(w); })) {
                        mention.namesEarlierEvent = true;
                        sign = -1;
                    }
                }
                if (sign != 0) {
                    end = next;
                    if (narrative.date.isValid()) {
                        mention.date = narrative.date.addDays(sign * days).addMonths(sign * months);
                        if (narrative.earliest.isValid()) {
                            mention.earliest =
                                narrative.earliest.addDays(sign * days).addMonths(sign * months);
                            mention.latest = narrative.latest.addDays(sign * days).addMonths(sign * months);
                        }
                        mention.precision = coarser(precision, narrative.precision);
                        mention.note =
                            QStringLiteral("narrative date %1 a duration").arg(sign > 0 ? "plus" : "minus");
                    }
                    if (mention.namesEarlierEvent)
                        movesNarrative = false;
                }
            }
        }

        // Weekdays, optionally with a day and month ("jeudi 12 octobre").
        if (end < 0 && weekdayHere != kNone) {
            const int weekday = weekdayHere;
            end = i + 1;
            int day = 0, month = 0;
            if (numberAt(end, &day) && day <= 31 && monthAt(end + 1, true, &month)) {
                end = -1; // handled as an absolute date below
            } else {
                bool strictlyBefore = false, future = false;
                const QStringView next = textAt(tokens, end);
                if (next == QLatin1String("dernier")) {
                    strictlyBefore = true;
                    ++end;
                } else if (next == QLatin1String("prochain")) {
                    future = true;
                    ++end;
                } else if (next == QLatin1String("matin") || next == QLatin1String("soir") ||
                           next == QLatin1String("apres-midi") || next == QLatin1String("midi")) {
                    ++end;
                }
                if (published.isValid()) {
                    int back = (published.dayOfWeek() - weekday + 7) % 7;
                    if (strictlyBefore && back == 0)
                        back = 7;
                    mention.date = future ? published.addDays((weekday - published.dayOfWeek() + 7) % 7)
                                          : published.addDays(-back);
                    mention.precision = DatePrecision::Day;
                    mention.newsDay = !future;
                    mention.note = QStringLiteral("weekday: the last %1 up to publication").arg(word);
                }
            }
        }

        // "le 12 janvier [2016] [dernier]", "1er mars"
        if (end < 0) {
            int day = 0, month = 0;
            int at = i;
            if (weekdayHere != kNone)
                ++at;
            QStringView dayText = textAt(tokens, at);
            if (dayText == QLatin1String("1er"))
                dayText = QStringView(u"1");
            bool isDay = false;
            day = toInt(dayText, &isDay);
            if (isDay && day >= 1 && day <= 31 && monthAt(at + 1, true, &month)) {
                end = at + 2;
                int year = 0;
                if (isYear(textAt(tokens, end), &year))
                    ++end;
                if (textAt(tokens, end) == QLatin1String("dernier"))
                    ++end;
                if (year == 0)
                    year = yearFor(month, day);
                if (year > 0 && QDate::isValid(year, month, day)) {
                    mention.date = QDate(year, month, day);
                    mention.precision = DatePrecision::Day;
                    mention.note = QStringLiteral("day and month");
                }
            }
        }

        // "début février", "fin septembre 2015", "en novembre", "mi-mars"
        if (end < 0) {
            int at = i;
            int part = 0; // 0 whole month, 1 start, 2 middle, 3 end
            if (word == QLatin1String("debut") || word == QLatin1String("courant")) {
                part = word == QLatin1String("debut") ? 1 : 0;
                ++at;
            } else if (word == QLatin1String("fin")) {
                part = 3;
                ++at;
            } else if (word == QLatin1String("mi") || word.startsWith(QLatin1String("mi-"))) {
                part = 2;
                if (word == QLatin1String("mi"))
                    ++at;
            }
            if (part != 0 &&
                (textAt(tokens, at) == QLatin1String("de") || textAt(tokens, at) == QLatin1String("d'")))
                ++at;
            int month = 0;
            int year = 0;
            const bool haveYear = isYear(textAt(tokens, at + 1), &year);
            if (monthAt(at, haveYear, &month)) {
                end = at + 1 + (haveYear ? 1 : 0);
                if (textAt(tokens, end) == QLatin1String("dernier"))
                    ++end;
                if (!haveYear) {
                    year = yearFor(month, 1);
                    // "en juin de la même année", "en mars de l'année suivante": the year the
                    // narrative is at
                    const QStringView a = textAt(tokens, end), b = textAt(tokens, end + 1),
                                      c = textAt(tokens, end + 2), e = textAt(tokens, end + 3);
                    if (narrative.date.isValid() && a == QLatin1String("de") && b == QLatin1String("la") &&
                        c == QLatin1String("meme") && e == QLatin1String("annee")) {
                        year = narrative.date.year();
                        end += 4;
                    } else if (narrative.date.isValid() && a == QLatin1String("de") &&
                               b == QLatin1String("l'") && c == QLatin1String("annee") &&
                               e == QLatin1String("suivante")) {
                        year = narrative.date.year() + 1;
                        end += 4;
                    }
                }
                if (year > 0) {
                    const QDate first(year, month, 1);
                    const QDate last = first.addMonths(1).addDays(-1);
                    static const int kDays[] = {15, 5, 15, 25};
                    static const int kFrom[] = {1, 1, 10, 20};
                    static const int kTo[] = {31, 10, 20, 31};
                    mention.date = QDate(year, month, std::min(kDays[part], last.day()));
                    mention.earliest = QDate(year, month, std::min(kFrom[part], last.day()));
                    mention.latest = QDate(year, month, std::min(kTo[part], last.day()));
                    mention.precision = DatePrecision::Month;
                    mention.note = QStringLiteral("month");
                }
            }
        }

        // "l'été 2014", "au printemps 2016": a span of months
        if (end < 0 && Data::valueOf(d->seasonFirst, tokens.at(i).wordId) != kNone) {
            int year = 0;
            if (isYear(textAt(tokens, i + 1), &year)) {
                const int first = Data::valueOf(d->seasonFirst, tokens.at(i).wordId);
                const int last = Data::valueOf(d->seasonLast, tokens.at(i).wordId);
                end = i + 2;
                movesNarrative = false;
                mention.earliest = QDate(year, first, 1);
                const QDate lastMonth(last < first ? year + 1 : year, last, 1);
                mention.latest = lastMonth.addMonths(1).addDays(-1);
                mention.date = middle(mention.earliest, mention.latest);
                mention.precision = DatePrecision::Month;
                mention.note = QStringLiteral("season");
            }
        }

        // "en 2014", "fin 2014", "depuis 2015"
        if (end < 0) {
            int at = i;
            int part = 0;
            bool since = false;
            if (word == QLatin1String("debut")) {
                part = 1;
                ++at;
            } else if (word == QLatin1String("fin")) {
                part = 3;
                ++at;
            } else if (word == QLatin1String("mi") || word == QLatin1String("mi-")) {
                part = 2;
                ++at;
            } else if (word == QLatin1String("depuis")) {
                since = true;
                ++at;
            }
            int year = 0;
            if (isYear(textAt(tokens, at), &year)) {
                end = at + 1;
                movesNarrative = false;
                if (since && published.isValid()) {
                    mention.earliest = QDate(year, 1, 1);
                    mention.latest = published;
                    mention.date = middle(mention.earliest, mention.latest);
                    mention.precision = DatePrecision::Year;
                    mention.note = QStringLiteral("since a year, up to publication");
                } else if (part == 0) {
                    mention.earliest = QDate(year, 1, 1);
                    mention.latest = QDate(year, 12, 31);
                    mention.date = QDate(year, 7, 1);
                    mention.precision = DatePrecision::Year;
                    mention.note = QStringLiteral("year");
                } else {
                    static const int kFrom[] = {1, 1, 5, 10};
                    mention.earliest = QDate(year, kFrom[part], 1);
                    mention.latest = mention.earliest.addMonths(3).addDays(-1);
                    mention.date = middle(mention.earliest, mention.latest);
                    mention.precision = DatePrecision::Month;
                    mention.note = QStringLiteral("part of a year");
                }
            }
        }

        // dd/mm/yyyy
        if (end < 0 && textAt(tokens, i + 1) == QLatin1String("/") &&
            textAt(tokens, i + 3) == QLatin1String("/")) {
            int year = 0;
            const int day = toInt(word);
            const int month = toInt(textAt(tokens, i + 2));
            if (isYear(textAt(tokens, i + 4), &year) && QDate::isValid(year, month, day)) {
                end = i + 5;
                mention.date = QDate(year, month, day);
                mention.precision = DatePrecision::Day;
                mention.note = QStringLiteral("numeric date");
            }
        }

        if (end < 0) {
            ++i;
            continue;
        }
        mention.firstToken = i;
        mention.lastToken = end;
        mention.start = tokens.at(i).start;
        mention.length = tokens.at(end - 1).end() - mention.start;
        if (mention.isValid() && movesNarrative && mention.precision != DatePrecision::Year) {
            narrative.date = mention.date;
            narrative.earliest = mention.earliest;
            narrative.latest = mention.latest;
            narrative.precision = mention.precision;
        }
        mentions.append(mention);
        i = end;
    }
    return mentions;
}

} // namespace cm
