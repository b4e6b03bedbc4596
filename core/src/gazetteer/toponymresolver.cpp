#include "conflictmap/toponymresolver.h"

#include "conflictmap/geodesy.h"
#include "gazetteer/gazetteerdata.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace cm {
namespace {

constexpr int kMaxWords = 6;             // longest place name tried, in words
constexpr double kProvinceBonus = 10;    // "la province d'Alep": the province beats the city
constexpr double kContextKm = 30.0;      // how fast nearness to other places of an article fades
constexpr double kMaxContextBonus = 3.0; // nearness may outweigh size, up to ~1000 times the population
constexpr double kTheatreBonus = 1.0;    // Syria and Iraq before their neighbours
constexpr double kCountryBonus = 1.0;    // the country is named close by
constexpr int kNearInText = 300;         // characters: "close by" in the text

bool isApostropheChar(QChar c)
{
    switch (c.unicode()) {
    case '\'':
    case '`':
    case 0x2019:
    case 0x2018:
    case 0x02BC:
    case 0x02BF:
    case 0x02BE:
    case 0x00B4:
        return true;
    default:
        return false;
    }
}

bool isHyphenChar(QChar c)
{
    const ushort code = c.unicode();
    return code == '-' || code == 0x2010 || code == 0x2011;
}

bool isSpaceChar(QChar c)
{
    const ushort code = c.unicode();
    return code == ' ' || code == 0x00A0 || code == 0x202F || code == 0x2009;
}

// A word of the text, with what follows it.
struct Token {
    int start = 0;
    int end = 0;
    QChar separator; // ' ' or '-' when the next word follows at once, else null
    bool capitalised = false;
    bool allCaps = false;
    bool elision = false; // "d" of "d'Alep": ends with an apostrophe
    const QString *text = nullptr;

    /** The word folded (lower case, no accents): computed when first asked, as most words
     *  are never looked at. */
    const QString &exact() const
    {
        if (!hasExact) {
            exactKey = NameKeyer::exactKey(QStringView(*text).mid(start, end - start));
            hasExact = true;
        }
        return exactKey;
    }

private:
    mutable QString exactKey;
    mutable bool hasExact = false;
};

// ASCII letters and digits, by code: most characters of the text are tested here.
constexpr std::array<bool, 128> kAsciiWordChars = [] {
    std::array<bool, 128> table{};
    for (int c = 0; c < 128; ++c)
        table[size_t(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return table;
}();

bool isWordChar(QChar c)
{
    const ushort code = c.unicode();
    if (code < 0x80)
        return kAsciiWordChars[code];
    return c.isLetterOrNumber();
}

QVector<Token> tokenize(const QString &text, int begin, int end, const ToponymRules &rules)
{
    QVector<Token> tokens;
    tokens.reserve((end - begin) / 5 + 4);
    const QChar *data = text.constData();
    int i = begin;
    while (i < end) {
        if (!isWordChar(data[i])) {
            ++i;
            continue;
        }
        Token token;
        token.text = &text;
        token.start = i;
        int j = i + 1;
        while (j < end) {
            // ASCII letters and digits at once: most of each word
            while (j < end && data[j].unicode() < 0x80 && kAsciiWordChars[data[j].unicode()])
                ++j;
            if (j == end)
                break;
            const QChar c = data[j];
            if (isWordChar(c)) {
                ++j;
            } else if (isApostropheChar(c) && j + 1 < end && data[j + 1].isLetter()) {
                // "d'Alep" ends a word here; "Ma'arrat" keeps its ayn.
                if (j - i <= 7 && rules.isElision(NameKeyer::exactKey(QStringView(data + i, j - i)))) {
                    token.elision = true;
                    break;
                }
                ++j;
            } else {
                break;
            }
        }
        token.end = j;
        const QChar first = data[i];
        token.capitalised = first.unicode() < 0x80 ? (first >= QLatin1Char('A') && first <= QLatin1Char('Z'))
                                                   : first.isUpper();
        if (token.capitalised && j - i >= 2) {
            token.allCaps = true;
            for (int k = i; k < j && token.allCaps; ++k)
                token.allCaps = !data[k].isLower();
        }
        if (token.elision) {
            i = j + 1;
        } else {
            if (j + 1 < end && isWordChar(data[j + 1])) {
                if (isSpaceChar(data[j]))
                    token.separator = QLatin1Char(' ');
                else if (isHyphenChar(data[j]))
                    token.separator = QLatin1Char('-');
            }
            i = j;
        }
        tokens.append(std::move(token));
    }
    return tokens;
}

int tierGroup(MatchTier tier)
{
    switch (tier) {
    case MatchTier::Exact:
    case MatchTier::Normalised:
        return 0; // both cheap (about 1% wrong): context may choose between them
    case MatchTier::Transliteration:
        return 1;
    case MatchTier::Skeleton:
        return 2;
    }
    return 3;
}

struct Ranked {
    int place = -1;
    MatchTier tier = MatchTier::Exact;
    double score = 0.0;
};

bool inRegion(const Place &place)
{
    return isInRegionOfInterest(place.lat, place.lon);
}

// The hits of the cheapest tier group, best first. Places outside the region only count
// when nothing inside matched.
QVector<Ranked> rankHits(const GazetteerData &data, const QVector<NameHit> &hits, bool province)
{
    const bool anyInRegion = std::any_of(
        hits.cbegin(), hits.cend(), [&](const NameHit &hit) { return inRegion(data.places.at(hit.place)); });
    int bestGroup = 3;
    for (const NameHit &hit : hits)
        if (!anyInRegion || inRegion(data.places.at(hit.place)))
            bestGroup = std::min(bestGroup, tierGroup(hit.tier));
    QVector<Ranked> ranked;
    for (const NameHit &hit : hits) {
        const Place &place = data.places.at(hit.place);
        if ((anyInRegion && !inRegion(place)) || tierGroup(hit.tier) != bestGroup)
            continue;
        double score = sizeScore(place);
        if (hit.primary)
            score += 1.0;
        if (hit.tier == MatchTier::Exact)
            score += 0.3;
        if (data.keyer.isTheatre(place.country))
            score += kTheatreBonus;
        if (province && place.kind == PlaceKind::Province)
            score += kProvinceBonus;
        ranked.append({hit.place, hit.tier, score});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Ranked &a, const Ranked &b) { return a.score > b.score; });
    return ranked;
}

// What a stretch of text matches: rejected as a false friend, or the places it may mean.
struct SpanLookup {
    bool rejected = false;
    QVector<NameHit> hits;
    int consonants = 0;        ///< of the transliteration key (0 when only cheap keys were needed)
    QVector<Ranked> ranked[2]; ///< rankHits() of `hits`, by `province` (0: no, 1: yes)
};

SpanLookup findSpan(const GazetteerData &data, const QString &surface)
{
    SpanLookup result;
    const NameKeys keys = data.keyer.keys(surface);
    result.rejected = !data.rules.falseFriendCategory(keys, 1).isEmpty();
    if (result.rejected)
        return result;
    // Cheap tiers first: loose keys only count when they find nothing in the region.
    result.hits = data.lookup(keys, false);
    if (std::any_of(result.hits.cbegin(), result.hits.cend(),
                    [&](const NameHit &hit) { return inRegion(data.places.at(hit.place)); }))
        return result;
    const int words = int(keys.exact.count(QLatin1Char(' '))) + 1;
    result.rejected = words > 1 && !data.rules.falseFriendCategory(keys, words).isEmpty();
    if (result.rejected) {
        result.hits.clear();
        return result;
    }
    result.hits = data.lookup(keys, true);
    result.consonants = int(keys.translit.size() - keys.translit.count(QLatin1Char('a')));
    return result;
}

// findSpan with its hits ranked both ways: mentions of a span are ranked again and again.
SpanLookup computeSpanLookup(const GazetteerData &data, const QString &surface)
{
    SpanLookup result = findSpan(data, surface);
    result.ranked[0] = rankHits(data, result.hits, false);
    result.ranked[1] = rankHits(data, result.hits, true);
    return result;
}

// News repeats its names: each thread keeps the lookups of the spans it has seen, for
// the gazetteer it saw them with. Bounded, and without locks.
SpanLookup lookupSpan(const GazetteerData &data, const QString &surface)
{
    struct Cache {
        quint64 serial = 0;
        QHash<QString, SpanLookup> entries;
    };
    thread_local Cache cache;
    if (cache.serial != data.serial || cache.entries.size() > 50000) {
        cache.entries.clear();
        cache.serial = data.serial;
    }
    auto found = cache.entries.constFind(surface);
    if (found == cache.entries.constEnd())
        found = cache.entries.insert(surface, computeSpanLookup(data, surface));
    return *found;
}

double distanceBetween(const Place &a, const Place &b)
{
    return distanceKm(a.lat, a.lon, b.lat, b.lon);
}

bool hasValidCoordinates(const Place &place)
{
    return std::abs(place.lat) <= 90.0 && std::abs(place.lon) <= 180.0; // false for NaN
}

// More than 25 km apart. A quarter degree of latitude is 27.8 km, and no two points are
// closer than their difference in latitude: most pairs need no great-circle distance.
bool fartherThan25Km(const Place &a, const Place &b)
{
    if (hasValidCoordinates(a) && hasValidCoordinates(b) && std::abs(a.lat - b.lat) > 0.25)
        return true;
    return distanceBetween(a, b) > 25.0;
}

// Confidence of the first of `ranked`: the tier's, lowered when another place of the same
// group, far away, scores nearly as well, and halved outside the region.
double confidenceOf(const GazetteerData &data, const QVector<Ranked> &ranked, int chosen, double chosenScore)
{
    const Place &place = data.places.at(ranked.at(chosen).place);
    double confidence = tierConfidence(ranked.at(chosen).tier);
    for (int i = 0; i < ranked.size(); ++i) {
        if (i == chosen)
            continue;
        if (ranked.at(i).score > chosenScore - 1.0 &&
            fartherThan25Km(place, data.places.at(ranked.at(i).place))) {
            confidence *= 0.8;
            break;
        }
    }
    if (!inRegion(place))
        confidence *= 0.5;
    return confidence;
}

PlaceCandidate candidateOf(const GazetteerData &data, const QVector<Ranked> &ranked)
{
    if (ranked.isEmpty())
        return {};
    return {ranked.first().place, ranked.first().tier, confidenceOf(data, ranked, 0, ranked.first().score)};
}

// True when tokens[index] directly follows tokens[index - 1] (only spaces or an elision between).
bool followsDirectly(const QVector<Token> &tokens, int index)
{
    if (index <= 0)
        return false;
    const Token &before = tokens.at(index - 1);
    return before.elision || !before.separator.isNull();
}

// "la province d'Alep", "province pétrolière de Deir Ezzor", "gouvernorat de Ninive".
bool provinceBefore(const QVector<Token> &tokens, int index, const ToponymRules &rules)
{
    if (!followsDirectly(tokens, index))
        return false;
    const Token &link = tokens.at(index - 1);
    if (!(link.elision && link.exact() == QLatin1String("d")) && link.exact() != QLatin1String("de") &&
        link.exact() != QLatin1String("du"))
        return false;
    for (int k = index - 2, adjectives = 0; k >= 0 && adjectives <= 2; --k, ++adjectives) {
        if (!followsDirectly(tokens, k + 1) || tokens.at(k).capitalised)
            return false;
        if (rules.isProvinceNoun(tokens.at(k).exact()))
            return true;
    }
    return false;
}

// Only opening quotes, brackets or markup between the sentence's end (or the range's
// start) and `position`.
bool isSentenceStart(const QString &text, int begin, int position)
{
    for (int i = position - 1; i >= begin; --i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
            c == QLatin1Char('\n') || c == QLatin1Char(':'))
            return true;
        if (c.isLetterOrNumber() || c == QLatin1Char(','))
            return false;
    }
    return true;
}

bool placeCueBefore(const QVector<Token> &tokens, int index, const ToponymRules &rules)
{
    return followsDirectly(tokens, index) && rules.isPlaceCue(tokens.at(index - 1).exact());
}

// "le président Bachar", "M. Abdel Rahmane": a title word right before, with only a space
// between (or an abbreviation's full stop: not the end of a sentence).
bool isTitleBefore(const QString &text, const Token &title, const Token &name, const ToponymRules &rules)
{
    const QStringView gap = QStringView(text).mid(title.end, name.start - title.end);
    const bool abbreviation = title.end - title.start <= 3 && gap.size() == 2 &&
                              gap.at(0) == QLatin1Char('.') && isSpaceChar(gap.at(1));
    const bool space = gap.size() == 1 && isSpaceChar(gap.at(0));
    return (space || abbreviation) && rules.isPersonTitle(title.exact());
}

bool isLowerParticle(const QVector<Token> &tokens, int index, const ToponymRules &rules)
{
    const Token &token = tokens.at(index);
    if (token.capitalised || token.elision || token.end - token.start > 5)
        return false;
    const QString &exact = token.exact();
    return rules.isParticle(exact) || (token.separator == QLatin1Char('-') && rules.isHyphenParticle(exact));
}

// A place name may start here: a capitalised word, or "al-" before one ("al-Raï").
bool isNameStart(const QVector<Token> &tokens, int index, const ToponymRules &rules)
{
    const Token &token = tokens.at(index);
    if (token.elision)
        return false;
    if (token.capitalised)
        return true;
    return token.separator == QLatin1Char('-') && index + 1 < tokens.size() &&
           tokens.at(index + 1).capitalised && isLowerParticle(tokens, index, rules);
}

// The word after tokens[index] belongs to the same name: capitalised, or a particle
// followed by a capitalised word ("Deir ez-Zor", "Jisr al-Choughour").
bool nameContinues(const QVector<Token> &tokens, int index, const ToponymRules &rules)
{
    const Token &token = tokens.at(index);
    if (token.separator.isNull() || index + 1 >= tokens.size())
        return false;
    const Token &next = tokens.at(index + 1);
    if (next.elision)
        return false;
    if (next.capitalised)
        return true;
    return !next.separator.isNull() && index + 2 < tokens.size() && tokens.at(index + 2).capitalised &&
           isLowerParticle(tokens, index + 1, rules);
}

// "le barrage de Tabqa", "l'aéroport militaire de Kweires": a named site of the gazetteer
// written with its French noun beats the town it is named after. Tries up to three
// lower-case words before the name; only places that are no settlement count, and not
// by their consonants alone.
void extendToSite(const GazetteerData &data, const QString &text, const QVector<Token> &tokens, int first,
                  int last, PlaceMention *mention)
{
    for (int k = std::max(0, first - 3); k < first; ++k) {
        bool chain = true;
        for (int j = k; j < first && chain; ++j)
            chain = !tokens.at(j).capitalised && followsDirectly(tokens, j + 1);
        if (!chain || !data.siteLeadWords.contains(tokens.at(k).exact()))
            continue;
        const QString longer = text.mid(tokens.at(k).start, tokens.at(last).end - tokens.at(k).start);
        const SpanLookup site = lookupSpan(data, longer);
        if (site.rejected)
            continue;
        const QVector<Ranked> &ranked = site.ranked[0];
        if (ranked.isEmpty() || ranked.first().tier == MatchTier::Skeleton)
            continue;
        switch (data.places.at(ranked.first().place).kind) {
        case PlaceKind::Crossing:
        case PlaceKind::District:
        case PlaceKind::Airbase:
        case PlaceKind::Dam:
        case PlaceKind::Site:
            mention->start = tokens.at(k).start;
            mention->length = int(longer.size());
            mention->surface = longer;
            mention->match = candidateOf(data, ranked);
            return;
        default:
            break;
        }
    }
}

} // namespace

ToponymResolver::ToponymResolver(const Gazetteer &gazetteer) : mGazetteer(gazetteer) {}

QString ToponymResolver::falseFriendCategory(const QString &name) const
{
    const GazetteerData &data = *mGazetteer.d;
    const NameKeys keys = data.keyer.keys(name);
    return data.rules.falseFriendCategory(keys, int(keys.exact.count(QLatin1Char(' '))) + 1);
}

PlaceCandidate ToponymResolver::resolve(const QString &name) const
{
    return explain(name).match;
}

PlaceResolution ToponymResolver::explain(const QString &name) const
{
    const GazetteerData &data = *mGazetteer.d;
    PlaceResolution result;
    const QVector<Token> tokens = tokenize(name, 0, name.size(), data.rules);
    int first = 0;
    while (first < tokens.size()) {
        const Token &token = tokens.at(first);
        if (token.elision || (!token.capitalised && data.rules.isLeadingWord(token.exact()))) {
            ++first;
        } else if (data.rules.isProvinceNoun(token.exact())) {
            result.province = true;
            ++first;
            // "province syrienne d'Alep": adjectives and "de" up to the name.
            while (first < tokens.size() && !tokens.at(first).capitalised &&
                   !isNameStart(tokens, first, data.rules))
                ++first;
        } else if (token.capitalised && first + 1 < tokens.size() &&
                   data.rules.isLeadingWord(token.exact()) && data.rules.isStopWord(token.exact())) {
            ++first; // "La ville de Manbij", "A Raqqa" at the start of a line
        } else {
            break;
        }
    }
    if (first >= tokens.size())
        return result;
    result.name = name.mid(tokens.at(first).start, tokens.last().end - tokens.at(first).start);

    // "Le Drian", "Le Caire": the whole name may be listed, articles included.
    const NameKeys whole = data.keyer.keys(name);
    result.rejectedAs = data.rules.falseFriendCategory(whole, int(tokens.size()));
    const NameKeys keys = data.keyer.keys(result.name);
    if (result.rejectedAs.isEmpty())
        result.rejectedAs = data.rules.falseFriendCategory(keys, int(tokens.size()) - first);
    if (result.rejectedAs.isEmpty() && first + 1 == tokens.size() &&
        data.rules.isStopWord(tokens.at(first).exact()))
        result.rejectedAs = QStringLiteral("word");
    if (!result.rejectedAs.isEmpty())
        return result;
    const QVector<Ranked> ranked = rankHits(data, data.lookup(keys), result.province);
    result.match = candidateOf(data, ranked);
    result.alternatives = std::max(0, int(ranked.size()) - 1);
    if (!result.match.isValid() && tokens.size() - first > 1) {
        // A double name ("Palmyre-Tadmor") or a name with extra words: its first place.
        const QVector<PlaceMention> parts = findMentions(result.name);
        if (!parts.isEmpty()) {
            result.match = parts.first().match;
            result.match.confidence *= 0.9;
        }
    }
    return result;
}

QVector<PlaceMention> ToponymResolver::findMentions(const QString &text, int begin, int end) const
{
    const GazetteerData &data = *mGazetteer.d;
    const ToponymRules &rules = data.rules;
    if (end < 0 || end > text.size())
        end = text.size();
    begin = std::max(0, begin);
    QVector<PlaceMention> mentions;
    if (begin >= end || data.places.isEmpty())
        return mentions;

    const QVector<Token> tokens = tokenize(text, begin, end, rules);
    const int count = tokens.size();
    int runStart = 0;
    while (runStart < count) {
        if (!isNameStart(tokens, runStart, rules)) {
            ++runStart;
            continue;
        }
        int runEnd = runStart;
        while (runEnd + 1 < count && nameContinues(tokens, runEnd, rules))
            ++runEnd;

        // "le président Assad", "M. Abdel Rahmane": the whole run is a person.
        const bool afterTitle =
            runStart > 0 && isTitleBefore(text, tokens.at(runStart - 1), tokens.at(runStart), rules);
        int start = afterTitle ? runEnd + 1 : runStart;
        while (start <= runEnd) {
            const Token &head = tokens.at(start);
            if (!isNameStart(tokens, start, rules) || (head.capitalised && rules.isStopWord(head.exact()))) {
                ++start;
                continue;
            }
            // "Rami Abdel Rahmane", "Abou Bakr al-Baghdadi": a given name and more words.
            if (rules.isGivenName(head.exact()) && start < runEnd)
                break;

            bool matched = false;
            for (int last = std::min(runEnd, start + kMaxWords - 1); last >= start && !matched; --last) {
                if (isLowerParticle(tokens, last, rules))
                    continue;
                const QString surface = text.mid(head.start, tokens.at(last).end - head.start);
                const SpanLookup span = lookupSpan(data, surface);
                const QVector<NameHit> &hits = span.hits;
                if (span.rejected) {
                    start = last + 1;
                    matched = true;
                    break;
                }
                if (hits.isEmpty())
                    continue;
                const bool province = provinceBefore(tokens, start, rules);
                const QVector<Ranked> &ranked = span.ranked[province ? 1 : 0];
                if (ranked.isEmpty())
                    continue;
                const MatchTier tier = ranked.first().tier;
                // Acronyms only by their exact spelling; loose matches only where a place is expected.
                bool allCaps = true;
                for (int k = start; k <= last && allCaps; ++k)
                    allCaps = tokens.at(k).allCaps || isLowerParticle(tokens, k, rules);
                if (allCaps && tierGroup(tier) > 0)
                    continue;
                const int consonants = span.consonants;
                // Any French word is capitalised at a sentence start ("Merci", "Cette"): there,
                // loose matches need a long name; skeleton and short ones always a place cue.
                const bool looseAndShort =
                    tier == MatchTier::Skeleton || (tier == MatchTier::Transliteration && consonants < 3);
                const bool looseAndMedium = tier == MatchTier::Transliteration && consonants < 4;
                if ((looseAndShort && !placeCueBefore(tokens, start, rules)) ||
                    (looseAndMedium && isSentenceStart(text, begin, head.start)))
                    continue;

                PlaceMention mention;
                mention.start = head.start;
                mention.length = tokens.at(last).end - head.start;
                mention.surface = surface;
                mention.match = candidateOf(data, ranked);
                mention.province = province;
                if (!province)
                    extendToSite(data, text, tokens, start, last, &mention);
                mentions.append(mention);
                start = last + 1;
                matched = true;
            }
            if (!matched)
                ++start;
        }
        runStart = runEnd + 1;
    }
    return mentions;
}

void ToponymResolver::disambiguate(QVector<PlaceMention> &mentions) const
{
    const GazetteerData &data = *mGazetteer.d;
    QVector<QVector<Ranked>> ranked(mentions.size());
    for (int i = 0; i < mentions.size(); ++i)
        if (mentions.at(i).match.isValid())
            ranked[i] = lookupSpan(data, mentions.at(i).surface).ranked[mentions.at(i).province ? 1 : 0];

    // Anchors: points the article is about. Countries and provinces are too large to say
    // which of two towns is meant.
    auto isAnchorKind = [&](int place) {
        const PlaceKind kind = data.places.at(place).kind;
        return kind != PlaceKind::Country && kind != PlaceKind::Province;
    };
    auto isAmbiguous = [&](const QVector<Ranked> &list) {
        for (int k = 1; k < list.size(); ++k)
            if (fartherThan25Km(data.places.at(list.first().place), data.places.at(list.at(k).place)))
                return true;
        return false;
    };

    // An article names the same places again and again: each distance is computed once.
    QHash<quint64, double> distances;
    auto distance = [&](int from, int to) {
        const quint64 key = (quint64(quint32(from)) << 32) | quint32(to);
        auto found = distances.constFind(key);
        if (found == distances.constEnd())
            found = distances.insert(key, distanceBetween(data.places.at(from), data.places.at(to)));
        return *found;
    };

    QVector<int> chosen(mentions.size(), -1);
    QVector<bool> ambiguous(mentions.size(), false);
    QVector<bool> anchor(mentions.size(), false);
    for (int i = 0; i < mentions.size(); ++i) {
        if (ranked.at(i).isEmpty())
            continue;
        chosen[i] = 0;
        ambiguous[i] = isAmbiguous(ranked.at(i));
        anchor[i] = !ambiguous.at(i) && isAnchorKind(ranked.at(i).first().place);
    }

    // Countries named in the text: a town named near "Irak" is more likely the Iraqi one.
    QVector<QPair<int, QString>> countries;
    for (int j = 0; j < mentions.size(); ++j)
        if (!ranked.at(j).isEmpty() && data.places.at(ranked.at(j).first().place).kind == PlaceKind::Country)
            countries.append({mentions.at(j).start, data.places.at(ranked.at(j).first().place).country});

    // Two passes: first against the unambiguous places, then against every choice made.
    for (int pass = 0; pass < 2; ++pass) {
        QVector<int> next = chosen;
        for (int i = 0; i < mentions.size(); ++i) {
            const QVector<Ranked> &list = ranked.at(i);
            if (list.size() < 2 || !ambiguous.at(i))
                continue;
            // Each other place counts once, at its nearest mention in the text.
            QHash<int, int> others; // place → text distance
            for (int j = 0; j < mentions.size(); ++j) {
                if (j == i || chosen.at(j) < 0 || (pass == 0 && !anchor.at(j)))
                    continue;
                const int other = ranked.at(j).at(chosen.at(j)).place;
                if (!isAnchorKind(other) || mentions.at(j).surface == mentions.at(i).surface)
                    continue;
                const int gap = std::abs(mentions.at(j).start - mentions.at(i).start);
                others[other] = others.contains(other) ? std::min(others.value(other), gap) : gap;
            }
            int best = 0;
            double bestScore = -1e9;
            QVector<double> scores(list.size());
            for (int c = 0; c < list.size(); ++c) {
                const Place &candidate = data.places.at(list.at(c).place);
                double nearness = 0.0;
                for (auto other = others.cbegin(); other != others.cend(); ++other) {
                    // Places named close together in the text count twice.
                    const double weight = other.value() < kNearInText ? 2.0 : 1.0;
                    nearness += weight * std::exp(-distance(list.at(c).place, other.key()) / kContextKm);
                }
                double countryBonus = 0.0;
                for (const auto &country : countries)
                    if (country.second == candidate.country &&
                        std::abs(country.first - mentions.at(i).start) < kNearInText)
                        countryBonus = kCountryBonus;
                scores[c] = list.at(c).score + std::min(kMaxContextBonus, 3.0 * nearness) + countryBonus;
                if (scores.at(c) > bestScore) {
                    bestScore = scores.at(c);
                    best = c;
                }
            }
            next[i] = best;
            QVector<Ranked> rescored = list;
            for (int c = 0; c < rescored.size(); ++c)
                rescored[c].score = scores.at(c);
            mentions[i].match = {list.at(best).place, list.at(best).tier,
                                 confidenceOf(data, rescored, best, bestScore)};
        }
        chosen = next;
    }
}

} // namespace cm
