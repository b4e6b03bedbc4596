#include "conflictmap/eventextractor.h"

#include "conflictmap/articletext.h"
#include "conflictmap/geodesy.h"
#include "conflictmap/textnormalize.h"
#include "text/lexiconfile.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace cm {

bool ExtractionPriors::load(const QString &path, Diagnostics *diagnostics)
{
    QVector<LexiconRow> rows;
    if (!readLexiconFile(path, 3, &rows, diagnostics))
        return false;
    for (const LexiconRow &row : rows) {
        // columns 2 and 3: (loser, winner) of a country, or (ally, holder) of an "allies" row
        const Faction first = factionFromId(row.columns.at(1));
        const Faction second = factionFromId(row.columns.at(2));
        if (first == Faction::Unknown || second == Faction::Unknown) {
            if (diagnostics)
                diagnostics->append(
                    {path, row.line, QStringLiteral("unknown faction"), Diagnostic::Severity::Warning});
            continue;
        }
        if (row.columns.at(0) == QLatin1String("allies")) {
            alliedHolder.insert(factionId(first) + QLatin1Char('+') + factionId(second), second);
            alliedHolder.insert(factionId(second) + QLatin1Char('+') + factionId(first), second);
        } else {
            winnerByCountryAndLoser.insert(row.columns.at(0).toUpper() + QLatin1Char(':') + factionId(first),
                                           second);
        }
    }
    return true;
}

namespace {

// Where an event's date came from, weakest first.
enum DateRank { NoDate = 0, DefaultDate = 1, InheritedDate = 2, OwnDate = 3 };

struct DateChoice {
    QDate date;
    QDate earliest;
    QDate latest;
    DatePrecision precision = DatePrecision::Unknown;
    QString note;
    int rank = NoDate;
    int mention = -1; ///< the time expression it comes from, -1 when none
};

struct Statement {
    QVector<int> places;
    EventKind kind = EventKind::Capture;
    Faction to = Faction::Unknown;
    Faction from = Faction::Unknown;
    bool toGuessed = false;
    bool placeByReference = false;
    bool pastState = false;  ///< a hold in the imperfect ("était aux mains de"): a state of the past
    bool again = false;      ///< "chassent de nouveau l'EI de X": taken a second time
    bool sinceStart = false; ///< the capture a state "depuis" a date implies
    int spanFirst = 0;       ///< tokens covered by the evidence
    int spanLast = 0;        ///< one past
};

struct Candidate {
    ControlEvent event;
    int sentence = 0;
    int place = -1;
    int trigger = 0;
    int dateRank = NoDate;
    bool dropped = false;
    bool toGuessed = false;
    bool again = false;      ///< see Statement::again
    bool sinceStart = false; ///< see Statement::sinceStart
    FrameClass frameClass = FrameClass::Gain;
    QString foldedPlace; ///< foldText(event.place), to compare places without folding again
};

struct Scan {
    QVector<int> places;
    Faction dative = Faction::Unknown;      ///< "à/aux X"
    Faction par = Faction::Unknown;         ///< "par X"
    Faction beneficiary = Faction::Unknown; ///< "au profit de X", "face à X"
    Faction object = Faction::Unknown;      ///< first actor before the place (expel)
    Faction firstActor = Faction::Unknown;
    bool partial = false;
    int anaphorToken = -1;
    int lastToken = -1;
};

enum class ScanMode { Direct, AfterDe, Immediate, List };

// Looser gazetteer matches ("Homme" as Hama) are too often ordinary words to carry an event.
constexpr double kMinPlaceConfidence = 0.75;
// A time expression after the trigger belongs to it only when this close (in tokens).
constexpr int kTimeAfterReach = 8;

bool isLoose(FrameClass c)
{
    return c == FrameClass::HoldBy || c == FrameClass::HoldDescriptor || c == FrameClass::Remain;
}

int precisionRank(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return 1;
    case DatePrecision::Week:
        return 7;
    case DatePrecision::Month:
        return 31;
    case DatePrecision::Year:
        return 366;
    case DatePrecision::Unknown:
        return 100000;
    }
    return 100000;
}

// foldText of a place's name: news names the same places again and again, so each thread
// keeps the names it has folded.
QString foldedPlaceName(const QString &name)
{
    thread_local QHash<QString, QString> folded;
    if (folded.size() > 50000)
        folded.clear();
    auto found = folded.constFind(name);
    if (found == folded.constEnd())
        found = folded.insert(name, foldText(name));
    return *found;
}

class Extraction
{
public:
    /** Reads the text: all that does not depend on the publication date (see setPublished). */
    Extraction(const ActorLexicon &actors, const FrameLexicon &frames, const SentenceSplitter &splitter,
               const PlaceFinder &finder, const ExtractionPriors &priors, const QString &text,
               const QVector<TextRange> &boilerplate)
        : mActorLexicon(actors), mFrames(frames), mPriors(priors), mText(text)
    {
        mView = ArticleText::prepare(text, boilerplate);
        mTokens = tokenize(mView.folded);
        const int count = mTokens.size();
        mSentences = splitter.split(mView.clean);
        mTokenSentence.fill(-1, count);
        for (int s = 0; s < mSentences.size(); ++s) {
            const int first = tokenAt(mTokens, mSentences.at(s).start);
            const int last = tokenAt(mTokens, mSentences.at(s).end());
            mSentenceFirst.append(first);
            mSentenceEnd.append(last);
            for (int t = first; t < last; ++t)
                mTokenSentence[t] = s;
        }
        mTokenPlace.fill(-1, count);
        if (finder)
            mPlaces = finder(mView.clean);
        for (int p = 0; p < mPlaces.size(); ++p) {
            const PlaceHit &hit = mPlaces.at(p);
            const int first = tokenAt(mTokens, hit.start);
            const int last = std::max(first + 1, tokenAt(mTokens, hit.end() - 1) + 1);
            mPlaceFirst.append(first);
            mPlaceEnd.append(last);
            for (int t = first; t < last && t < count; ++t)
                if (mTokenPlace.at(t) < 0)
                    mTokenPlace[t] = p;
        }
        mFoldedPlaceNames.resize(mPlaces.size());
        markDatelinePlaces();
        mActors = actors.find(mTokens, [this](int token) { return countryNear(token); });
        mTokenActor.fill(-1, count);
        for (int a = 0; a < mActors.size(); ++a)
            for (int t = mActors.at(a).firstToken; t < mActors.at(a).lastToken; ++t)
                mTokenActor[t] = a;
        mUsedAsObject.fill(false, mActors.size());
    }

    /** Resolves the time expressions against the publication date; before run(). */
    void setPublished(const TemporalResolver &temporal, const QDate &published)
    {
        mPublished = published;
        const int count = mTokens.size();
        mTimes = temporal.resolve(mTokens, published);
        mTokenTime.fill(-1, count);
        for (int m = 0; m < mTimes.size(); ++m)
            for (int t = mTimes.at(m).firstToken; t < mTimes.at(m).lastToken; ++t)
                mTokenTime[t] = m;
        mTimeSkip.assign(size_t(count), -1);
        for (const TemporalMention &time : mTimes)
            mTimeSkip[size_t(time.firstToken)] = time.lastToken;
        mNewsDay = published;
        for (const TemporalMention &time : mTimes)
            if (time.newsDay && time.isValid()) {
                mNewsDay = time.date;
                break;
            }
    }

    ControlEvents run(const QString &folder, const QString &file);
    /** Lets provinces ("la province d'Alep") be the place of an event. */
    void includeProvinces() { mProvinces = true; }

private:
    QStringView word(int t) const
    {
        return t >= 0 && t < mTokens.size() ? mTokens.at(t).text : QStringView();
    }
    // the literal's length is known here: no strlen on every test
    template <int N> bool is(int t, const char (&text)[N]) const
    {
        return word(t) == QLatin1String(text, N - 1);
    }
    bool cue(CueType type, int t) const
    {
        return t >= 0 && mFrames.cueAt(type, mTokens, t, mTokens.size()) > t;
    }
    bool eligible(int p) const
    {
        const PlaceHit &hit = mPlaces.at(p);
        if (mDateline.value(p))
            return false;
        // a town inside a faction's name is that faction ("perdue par Damas": the government)
        if (mTokenActor.value(mPlaceFirst.at(p), -1) >= 0)
            return false;
        const bool province = hit.province || hit.kind == PlaceKind::Province;
        return (mProvinces || !province) && hit.kind != PlaceKind::Country &&
               hit.confidence >= kMinPlaceConfidence;
    }
    int placeStartingAt(int t) const
    {
        const int p = t >= 0 && t < mTokenPlace.size() ? mTokenPlace.at(t) : -1;
        return p >= 0 && mPlaceFirst.at(p) == t ? p : -1;
    }
    int actorStartingAt(int t) const
    {
        const int a = t >= 0 && t < mTokenActor.size() ? mTokenActor.at(t) : -1;
        return a >= 0 && mActors.at(a).firstToken == t ? a : -1;
    }

    bool contextPreceded(int p) const;
    bool routeEnd(int p) const;
    void markDatelinePlaces();
    bool beneficiaryCueBefore(int token) const;
    QString countryNear(int token) const;
    const ChronologyEntry *knownChange(const ControlEvent &event) const;
    void inferRetakings();
    bool contextBefore(int token) const;
    bool compassContext(int token) const;
    int skipPlaceIntro(int token) const;
    int relativeObject(int trigger, int sentence) const;
    int ownedStronghold(int sentence, int trigger, int triggerEnd, int *owner, int *start) const;
    int appositionHead(int sentence, int trigger) const;
    bool cliticObject(int trigger) const;
    bool pastState(const Statement &st, int trigger) const;
    bool precededByDe(int p) const;
    bool connectorBetween(int from, int to) const;
    int gapOutsideParentheses(int from, int to) const;
    bool commaBetween(int from, int to) const;
    Scan scanRight(int from, int limit, ScanMode mode) const;
    int subjectActor(int sentence, int trigger, bool allowPrepositional = true) const;
    int nearestActor(int sentence, int token) const;
    int coordinationHead(int a, int first) const;
    int placeLeft(int trigger, int sentence) const;
    int asideOpening(int comma, int first) const;
    QVector<int> placesAdjacentLeft(int trigger, int sentence) const;
    int resolvePlaceReference(int token, int sentence) const;
    bool isPassive(int trigger) const;
    bool isFuture(int trigger) const;
    bool isModal(int trigger, int sentence) const;
    bool isNegated(const FrameMatch &match) const;
    int restrictionAfter(int token) const;
    QVector<int> restrictedPlaces(int from, int end) const;
    bool bareInfinitive(const FrameMatch &match) const;
    DateChoice dateFor(int sentence, int trigger, bool hold, int statementEnd = -1, int objectEnd = -1,
                       bool verbal = false);
    DateChoice defaultDate(bool hold) const;
    void readFrame(int sentence, const FrameMatch &match);
    void addStatement(int sentence, const FrameMatch &match, const Statement &statement);
    void addCandidates(int sentence, const FrameMatch &match, const Statement &statement,
                       const DateChoice &date);
    void applyDenials();
    void mergeSameFacts();
    void fillOpenRoles();
    void fillLosers();
    void applyPriors();

    const ActorLexicon &mActorLexicon;
    const FrameLexicon &mFrames;
    const ExtractionPriors &mPriors;
    const QString &mText;
    QDate mPublished;
    QDate mNewsDay;
    bool mProvinces = false;
    ArticleText mView;
    Tokens mTokens;
    QVector<Sentence> mSentences;
    QVector<int> mSentenceFirst, mSentenceEnd, mTokenSentence;
    QVector<PlaceHit> mPlaces;
    QVector<bool> mDateline; ///< by place: named in an agency dateline ("BAGDAD (AFP) -"), not an object
    QVector<int> mPlaceFirst, mPlaceEnd, mTokenPlace;
    QVector<QString> mFoldedPlaceNames; ///< by place, folded display name, filled when first needed
    QVector<ActorMention> mActors;
    QVector<int> mTokenActor;
    QVector<bool> mUsedAsObject;
    QVector<TemporalMention> mTimes;
    QVector<int> mTokenTime;
    std::vector<int> mTimeSkip;        ///< by token: end of the time expression starting there, else -1
    QVector<DateChoice> mSentenceDate; ///< date each sentence ended up with (for inheritance)
    QVector<Candidate> mCandidates;
};

// "BAGDAD, 14 avr 2016 (AFP) - ...", "Beyrouth (Reuters) — ...": the dateline says where the
// story was filed, not what changed hands.
void Extraction::markDatelinePlaces()
{
    mDateline.fill(false, mPlaces.size());
    if (mPlaces.isEmpty())
        return; // nothing to mark
    static const QRegularExpression kDateline(
        QStringLiteral("^\\s*\\p{Lu}[^\\n()]{1,60}\\([^()\\n]{2,24}\\)\\s*[-\u2013\u2014:]\\s"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QString &text = mView.clean;
    for (int start = 0; start < text.size();) {
        if (text.at(start) == QLatin1Char('\n')) {
            ++start; // an empty line: boilerplate is blanked to line breaks
            continue;
        }
        int end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = int(text.size());
        // cheap test first: a parenthesis near the start of the line
        const int reach = std::min(end, start + 64);
        int open = start + 1;
        while (open < reach && text.at(open) != QLatin1Char('('))
            ++open;
        if (open < reach) {
            const QRegularExpressionMatch match =
                kDateline.match(text.mid(start, std::min(end - start, 120)));
            if (match.hasMatch()) {
                const int stop = start + int(match.capturedEnd(0));
                for (int p = 0; p < mPlaces.size(); ++p)
                    if (mPlaces.at(p).start >= start && mPlaces.at(p).start < stop)
                        mDateline[p] = true;
            }
        }
        start = end + 1;
    }
}

// "l'autoroute reliant Bagdad à la Jordanie": a town named as the end of a road
bool Extraction::routeEnd(int p) const
{
    for (int t = mPlaceFirst.at(p) - 1; t >= 0 && t >= mPlaceFirst.at(p) - 3; --t) {
        if (cue(CueType::Route, t))
            return true;
        if (!cue(CueType::Determiner, t) && !is(t, "a") && !is(t, "de") && !is(t, "d'"))
            return false;
    }
    return false;
}

bool Extraction::contextPreceded(int p) const
{
    return contextBefore(mPlaceFirst.at(p));
}

// The token before "la ville de", determiners and "de" that precede `token`.
int Extraction::skipPlaceIntro(int token) const
{
    int t = token - 1;
    for (int guard = 0; guard < 4 && t >= 0; ++guard) {
        if (cue(CueType::Determiner, t) || is(t, "de") || is(t, "d'") || cue(CueType::PlaceNoun, t))
            --t;
        else
            break;
    }
    return t;
}

bool Extraction::contextBefore(int token) const
{
    const int t = skipPlaceIntro(token);
    if (t < 0)
        return false;
    if (cue(CueType::NotObject, t) || (cue(CueType::NotObject, t - 1) && (is(t, "de") || is(t, "d'"))))
        return true;
    return compassContext(token);
}

bool Extraction::compassContext(int token) const
{
    // "au nord de X", "à l'est de X": outside X
    const int t = skipPlaceIntro(token);
    return t >= 0 && cue(CueType::Compass, t) && (is(t - 1, "au") || is(t - 2, "a") || is(t - 1, "a"));
}

bool Extraction::precededByDe(int p) const
{
    int t = mPlaceFirst.at(p) - 1;
    for (int guard = 0; guard < 5 && t >= 0; ++guard, --t) {
        if (is(t, "de") || is(t, "d'") || is(t, "du") || is(t, "des"))
            return true;
        if (!cue(CueType::Determiner, t) && !cue(CueType::PlaceNoun, t))
            return false;
    }
    return false;
}

// Tokens in [from, to), not counting a parenthesis and what it holds ("entré dans Kobané
// (Aïn al-Arab en arabe) le 6 octobre": the date is right after the object).
int Extraction::gapOutsideParentheses(int from, int to) const
{
    int gap = 0;
    int depth = 0;
    for (int t = from; t < to; ++t) {
        if (is(t, "("))
            ++depth;
        else if (is(t, ")"))
            depth = std::max(0, depth - 1);
        else if (depth == 0)
            ++gap;
    }
    return gap;
}

bool Extraction::commaBetween(int from, int to) const
{
    for (int t = from; t < to; ++t)
        if (is(t, ","))
            return true;
    return false;
}

bool Extraction::connectorBetween(int from, int to) const
{
    if (to - from > 7)
        return false;
    bool connector = false;
    for (int t = from; t < to; ++t) {
        const QStringView w = word(t);
        if (w == QLatin1String(",") || w == QLatin1String("et") || w == QLatin1String("ou") ||
            w == QLatin1String("puis") || w == QLatin1String("ainsi"))
            connector = true;
        else if ((w == QLatin1String("au") || w == QLatin1String("a")) && cue(CueType::Compass, t + 1) &&
                 !is(t + 2, "de") && !is(t + 2, "d'") && !is(t + 2, "du"))
            ++t; // ", au nord, et"
        else if (w == QLatin1String("a") || w == QLatin1String("au") || w == QLatin1String("aux") ||
                 w == QLatin1String("dans") || w == QLatin1String("vers") || w == QLatin1String("entre") ||
                 w == QLatin1String("sur") || w == QLatin1String("en") || w == QLatin1String("pres") ||
                 w.startsWith(QLatin1String("situe")) || w == QLatin1String(";") || w == QLatin1String(".") ||
                 cue(CueType::ClauseBreak, t) || mTokenTime.at(t) >= 0 || mTokenActor.at(t) >= 0 ||
                 cue(CueType::NotObject, t))
            return false;
    }
    return connector;
}

Scan Extraction::scanRight(int from, int limit, ScanMode mode) const
{
    Scan scan;
    int words = 0;
    int listWords = 0;
    const int maxWords = mode == ScanMode::Immediate ? 7 : 10;
    int lastPlaceEnd = -1;
    int partialCue = -1; ///< a district word ("quartiers de"), partial when right before the place
    bool afterContext = false;
    int i = from;
    while (i < limit) {
        if (mTokenTime.at(i) >= 0) {
            i = std::max(i + 1, mTimes.at(mTokenTime.at(i)).lastToken);
            continue;
        }
        // "ont repris en mai Tabqa": the preposition belongs to the time expression
        if (i + 1 < limit && mTokenTime.at(i + 1) >= 0 &&
            mTimes.at(mTokenTime.at(i + 1)).firstToken == i + 1 &&
            (is(i, "en") || is(i, "au") || is(i, "des") || is(i, "dans") || is(i, "depuis"))) {
            ++i;
            continue;
        }
        const int skip = mFrames.cueAt(CueType::Skip, mTokens, i, limit);
        if (skip > i) {
            i = skip;
            continue;
        }
        const int a = actorStartingAt(i);
        if (a >= 0) {
            const ActorMention &actor = mActors.at(a);
            const QString &prep = actor.preposition;
            int before = actor.firstToken - 1;
            while (before >= 0 && cue(CueType::Determiner, before) && !is(before, "au") &&
                   !is(before, "aux") && !is(before, "du"))
                --before;
            if (actor.role == ActorRole::Support) {
                // helps only
            } else if (beneficiaryCueBefore(actor.firstToken)) {
                scan.beneficiary = actor.faction;
            } else if (!scan.places.isEmpty() && before != lastPlaceEnd) {
                // too far after the object to be one of its complements
            } else if (prep == QLatin1String("a") || prep == QLatin1String("au") ||
                       prep == QLatin1String("aux")) {
                if (scan.dative == Faction::Unknown)
                    scan.dative = actor.faction;
            } else if (prep == QLatin1String("par")) {
                if (scan.par == Faction::Unknown)
                    scan.par = actor.faction;
            } else if (mode == ScanMode::AfterDe && scan.places.isEmpty() &&
                       scan.object == Faction::Unknown) {
                scan.object = actor.faction;
            }
            if (scan.firstActor == Faction::Unknown && actor.role != ActorRole::Support)
                scan.firstActor = actor.faction;
            scan.lastToken = actor.lastToken;
            i = actor.lastToken;
            continue;
        }
        const int p = placeStartingAt(i);
        if (p >= 0) {
            // "entrées dans Altoun Kopri, sur la route d'Erbil": the end of a road is no object
            const bool usable = eligible(p) && !contextPreceded(p) && !routeEnd(p);
            if (scan.places.isEmpty()) {
                if (usable && (mode != ScanMode::AfterDe || precededByDe(p))) {
                    // "ses positions dans la région, et notamment de Raqqa": the districts were
                    // of another object
                    if (partialCue >= 0 && !commaBetween(partialCue, i))
                        scan.partial = true;
                    scan.places.append(p);
                    lastPlaceEnd = mPlaceEnd.at(p);
                    scan.lastToken = lastPlaceEnd;
                }
            } else if (usable && connectorBetween(lastPlaceEnd, i) &&
                       (!afterContext || word(lastPlaceEnd) == QLatin1String(","))) {
                afterContext = false;
                scan.places.append(p);
                lastPlaceEnd = mPlaceEnd.at(p);
                scan.lastToken = lastPlaceEnd;
            } else if (!usable && contextPreceded(p) && i - lastPlaceEnd <= 6) {
                // ", à l'ouest de Mossoul, ainsi que Hawija": a located aside inside the list;
                // "entre X et Y": Y is context too unless a comma closes the aside
                lastPlaceEnd = mPlaceEnd.at(p);
                afterContext = true;
            } else {
                break;
            }
            i = std::max(i + 1, mPlaceEnd.at(p));
            continue;
        }
        const QStringView w = word(i);
        if (w == QLatin1String(";") || w == QLatin1String(".") || w == QLatin1String("!") ||
            w == QLatin1String("?") || (w == QLatin1String(":") && mode != ScanMode::List) ||
            cue(CueType::ClauseBreak, i))
            break;
        if (scan.places.isEmpty()) {
            if (cue(CueType::NotObject, i) && mode != ScanMode::AfterDe)
                break;
            const bool prepositionBeforeActor = actorStartingAt(i + 1) >= 0 || actorStartingAt(i + 2) >= 0;
            if (mode == ScanMode::Direct && !prepositionBeforeActor &&
                (w == QLatin1String("a") || w == QLatin1String("dans") || w == QLatin1String("en") ||
                 w == QLatin1String("sur") || w == QLatin1String("avec") || w == QLatin1String("chez") ||
                 w == QLatin1String("pour"))) {
                break;
            }
            if ((w == QLatin1String("a") || w == QLatin1String("au") || w == QLatin1String("aux")) &&
                actorStartingAt(i + 1) < 0 && scan.dative == Faction::Unknown &&
                mTokens.at(i + 1 < limit ? i + 1 : i).word && i + 1 < limit) {
                const Faction typo = mActorLexicon.lookup(word(i + 1).toString());
                if (typo != Faction::Unknown) {
                    scan.dative = typo;
                    scan.lastToken = i + 2;
                    i += 2;
                    continue;
                }
            }
            if (cue(CueType::Partial, i))
                partialCue = i;
            if (cue(CueType::Compass, i) && !is(i - 1, "au") && !is(i - 1, "a") && !is(i - 2, "a") &&
                (is(i + 1, "de") || is(i + 1, "d'") || is(i + 1, "du")))
                scan.partial = true;
            const int noun = mFrames.cueAt(CueType::PlaceNoun, mTokens, i, limit);
            // "au sud de la ville", "près de la ville": around the town, not the town
            // "la ville de Raqqa" names the town; "leur bastion en Syrie" still refers back
            auto namesTown = [&](int t) {
                const int p = placeStartingAt(t);
                return p >= 0 && mPlaces.at(p).kind != PlaceKind::Country;
            };
            if (noun > i && scan.anaphorToken < 0 && !namesTown(noun + 1) && !namesTown(noun + 2) &&
                !namesTown(noun) && !contextBefore(i)) {
                scan.anaphorToken = i;
            }
            if (mTokens.at(i).word && ++words > maxWords)
                break;
        } else {
            if (mTokens.at(i).word && ++listWords > 6)
                break;
        }
        ++i;
    }
    // "plusieurs quartiers de la ville": the districts of the town referred to
    if (scan.places.isEmpty() && scan.anaphorToken >= 0 && partialCue >= 0 &&
        partialCue <= scan.anaphorToken && !commaBetween(partialCue, scan.anaphorToken))
        scan.partial = true;
    return scan;
}

int Extraction::subjectActor(int sentence, int trigger, bool allowPrepositional) const
{
    const int first = mSentenceFirst.at(sentence);
    int fallback = -1;
    for (int t = trigger - 1; t >= first; --t) {
        const int a = mTokenActor.at(t);
        if (a < 0 || mActors.at(a).lastToken > trigger)
            continue;
        const ActorMention &actor = mActors.at(a);
        t = actor.firstToken;
        if (mUsedAsObject.at(a) || actor.role == ActorRole::Support || actor.faction == Faction::Unknown)
            continue;
        if (actor.role == ActorRole::Plain)
            return coordinationHead(a, first);
        // "Des rebelles ont pris…": "des" opening the sentence is the indefinite article
        if (actor.preposition == QLatin1String("des") && actor.firstToken - 1 == first)
            return a;
        const bool genitive =
            actor.preposition == QLatin1String("de") || actor.preposition == QLatin1String("d'") ||
            actor.preposition == QLatin1String("du") || actor.preposition == QLatin1String("des");
        if (fallback < 0 && !genitive && actor.preposition != QLatin1String("par") &&
            actor.preposition != QLatin1String("contre"))
            fallback = a;
    }
    return allowPrepositional ? fallback : -1;
}

// "Les combattants kurdes et leurs alliés rebelles ont chassé…": of factions named together,
// the first leads. `a` is the actor nearest the verb; returns the first of its coordination.
int Extraction::coordinationHead(int a, int first) const
{
    const int nearest = a;
    for (;;) {
        int t = mActors.at(a).firstToken - 1;
        while (t > first && (is(t, "ses") || is(t, "leurs") || is(t, "son") || is(t, "sa") || is(t, "les") ||
                             is(t, "des") || is(t, "allies") || is(t, "alliees") || is(t, "allie") ||
                             is(t, "partenaires") || is(t, "suppletifs")))
            --t;
        const int b = t > first && is(t, "et") ? mTokenActor.at(t - 1) : -1;
        if (b < 0 || mActors.at(b).role == ActorRole::Support || mActors.at(b).faction == Faction::Unknown ||
            mUsedAsObject.at(b))
            break;
        a = b;
    }
    // "les forces turques et leurs alliés rebelles": priors.tsv may say which of two allies
    // holds the ground they take together
    if (a != nearest) {
        const QString pair =
            factionId(mActors.at(a).faction) + QLatin1Char('+') + factionId(mActors.at(nearest).faction);
        const auto it = mPriors.alliedHolder.constFind(pair);
        if (it != mPriors.alliedHolder.constEnd() && it.value() == mActors.at(nearest).faction)
            return nearest;
    }
    return a;
}

int Extraction::nearestActor(int sentence, int token) const
{
    int best = -1;
    int bestDistance = 1 << 30;
    for (int a = 0; a < mActors.size(); ++a) {
        const ActorMention &actor = mActors.at(a);
        if (mTokenSentence.value(actor.firstToken, -2) != sentence || actor.role == ActorRole::Support ||
            actor.faction == Faction::Unknown)
            continue;
        const int distance = actor.lastToken <= token ? token - actor.lastToken : actor.firstToken - token;
        if (distance < bestDistance) {
            best = a;
            bestDistance = distance;
        }
    }
    return best;
}

int Extraction::placeLeft(int trigger, int sentence) const
{
    const int first = mSentenceFirst.at(sentence);
    int words = 0;
    for (int t = trigger - 1; t >= first; --t) {
        const int p = mTokenPlace.at(t);
        if (p >= 0) {
            // "Hit, à 150 km à l'ouest de Bagdad, est tombée": Bagdad only locates Hit
            if (eligible(p) && !contextPreceded(p) && !compassContext(mPlaceFirst.at(p)))
                return p;
            t = mPlaceFirst.at(p);
            continue;
        }
        if (is(t, ",")) {
            const int c = asideOpening(t, first);
            if (c >= 0) {
                t = c; // the town before the aside comes next
                continue;
            }
        }
        if (mTokenActor.at(t) >= 0)
            return -1; // someone else is the subject
        if (cue(CueType::PlaceNoun, t) && (cue(CueType::Determiner, t - 1) || is(t - 1, "cette"))) {
            return resolvePlaceReference(t, sentence);
        }
        if (is(t, ";") || is(t, ":") || (cue(CueType::ClauseBreak, t) && !is(t, "qui")))
            return -1;
        if (mTokens.at(t).word && ++words > 12)
            return -1;
    }
    return -1;
}

// `comma` closes an aside that follows a town: "Hawija, à 150 kilomètres au sud-est, reste…",
// "Jisr al-Choughour, sur la route de Lattaquié, reste…", "Mayadine, autre place forte des
// jihadistes, a été reprise…". Returns the comma that opens it (right after the town), or -1.
// An aside naming another town or a faction must open with a preposition (it locates) or a
// noun phrase (it describes).
int Extraction::asideOpening(int comma, int first) const
{
    int c = comma - 1;
    bool named = false;
    while (c > first && comma - c <= 15 && !is(c, ",") && !is(c, ".") && !is(c, ";") &&
           !cue(CueType::ClauseBreak, c)) {
        named = named || mTokenPlace.at(c) >= 0 || mTokenActor.at(c) >= 0;
        --c;
    }
    if (c <= first || c >= comma - 1 || !is(c, ",") || mTokenPlace.at(c - 1) < 0 ||
        !eligible(mTokenPlace.at(c - 1)))
        return -1;
    const int o = c + 1;
    const bool locative = is(o, "sur") || is(o, "pres") || is(o, "a") || is(o, "au") || is(o, "aux") ||
                          is(o, "non") || is(o, "dans") || is(o, "entre") || is(o, "le") || is(o, "en");
    const bool describes = cue(CueType::Determiner, o) || cue(CueType::PlaceNoun, o) || is(o, "autre") ||
                           is(o, "dernier") || is(o, "derniere") || is(o, "principal") ||
                           is(o, "principale") || is(o, "ancien") || is(o, "ancienne");
    return !named || locative || describes ? c : -1;
}

int Extraction::resolvePlaceReference(int token, int sentence) const
{
    // Back: the last town named in this or the three previous sentences, not one named only
    // to locate something ("l'autoroute reliant Bagdad à la Jordanie").
    for (int s = sentence; s >= 0 && s >= sentence - 3; --s) {
        const int from = mSentenceFirst.at(s);
        const int to = s == sentence ? token : mSentenceEnd.at(s);
        for (int t = to - 1; t >= from; --t) {
            const int p = mTokenPlace.at(t);
            // "à l'ouest de Bagdad" locates something else: not the town referred to
            if (p >= 0 && eligible(p) && !compassContext(mPlaceFirst.at(p)) && !routeEnd(p))
                return p;
        }
    }
    // Forward: a town described by an apposition ("al-Raï, localité sur la frontière").
    for (int s = sentence + 1; s < mSentences.size() && s <= sentence + 3; ++s) {
        for (int t = mSentenceFirst.at(s); t < mSentenceEnd.at(s); ++t) {
            const int p = placeStartingAt(t);
            if (p < 0 || !eligible(p))
                continue;
            int after = mPlaceEnd.at(p);
            bool comma = false;
            while (after < mSentenceEnd.at(s) && !mTokens.at(after).word) {
                comma = comma || is(after, ",");
                ++after;
            }
            if (cue(CueType::Determiner, after))
                ++after;
            if (comma && cue(CueType::PlaceNoun, after))
                return p;
        }
    }
    return -1;
}

QVector<int> Extraction::placesAdjacentLeft(int trigger, int sentence) const
{
    QVector<int> places;
    const int first = mSentenceFirst.at(sentence);
    int wanted = 1;
    int words = 0;
    for (int t = trigger - 1; t >= first; --t) {
        const int p = mTokenPlace.at(t);
        if (p >= 0) {
            if (eligible(p)) {
                places.append(mTokenPlace.at(t));
                t = mPlaceFirst.at(p);
                break;
            }
            t = mPlaceFirst.at(p);
            continue;
        }
        const QStringView w = word(t);
        // "Hawija, à 150 kilomètres au sud-est, reste aux mains de…": step over the aside
        if (w == QLatin1String(",") && places.isEmpty()) {
            const int c = asideOpening(t, first);
            if (c >= 0) {
                t = c;
                continue;
            }
        }
        if (w == QLatin1String("deux"))
            wanted = 2;
        else if (w == QLatin1String("trois"))
            wanted = 3;
        else if (w == QLatin1String("quatre"))
            wanted = 4;
        if (cue(CueType::PlaceNoun, t) &&
            (cue(CueType::Determiner, t - 1) || cue(CueType::Determiner, t - 2) ||
             cue(CueType::Determiner, t - 3))) {
            const int p2 = resolvePlaceReference(t, sentence);
            if (p2 >= 0)
                places.append(p2);
            return places;
        }
        const bool bridge = !mTokens.at(t).word || cue(CueType::Bridge, t) || cue(CueType::Determiner, t) ||
                            cue(CueType::PlaceNoun, t) || is(t, "un") || is(t, "une") || is(t, "l'") ||
                            is(t, "d'") || is(t, "de");
        if (!bridge || ++words > 8)
            break;
    }
    if (wanted > 1) {
        // "ces deux bastions", "deux villes": the last towns named before
        places.clear();
        for (int s = sentence; s >= 0 && s >= sentence - 1 && places.size() < wanted; --s) {
            const int from = mSentenceFirst.at(s);
            const int to = s == sentence ? trigger : mSentenceEnd.at(s);
            for (int t = to - 1; t >= from && places.size() < wanted; --t) {
                const int p = mTokenPlace.at(t);
                if (p >= 0) {
                    if (eligible(p) && !places.contains(p))
                        places.append(p);
                    t = mPlaceFirst.at(p);
                }
            }
        }
    }
    return places;
}

// "l'avait conquise", "la reprennent": an object pronoun right before the verb or its auxiliary
bool Extraction::cliticObject(int trigger) const
{
    int t = trigger - 1;
    while (t >= 0 && (is(t, "a") || is(t, "ont") || is(t, "avait") || is(t, "avaient") || is(t, "avons") ||
                      is(t, "aurait") || is(t, "auraient") || is(t, "etait") || is(t, "etaient") ||
                      is(t, "est") || is(t, "sont") || is(t, "ne")))
        --t;
    // "il s'en était emparé", "avant que les jihadistes ne s'en emparent"
    if (t >= 1 && is(t, "en") && (is(t - 1, "s'") || is(t - 1, "se")))
        return true;
    return t >= 0 && (is(t, "l'") || is(t, "la")) && mTokenActor.at(t) < 0 && mTokenPlace.at(t) < 0;
}

// "son fief de Raqqa", "leur dernier bastion de Mossoul", "l'EI, dont le fief de Raqqa": the
// place after the stronghold noun; *owner is the actor the possessive or "dont" stands for. A
// former stronghold ("son ancien fief") is none.
int Extraction::ownedStronghold(int sentence, int trigger, int triggerEnd, int *owner, int *start) const
{
    *owner = -1;
    *start = trigger;
    int p = is(triggerEnd, "de") || is(triggerEnd, "d'") ? placeStartingAt(triggerEnd + 1) : -1;
    if (p >= 0 && !eligible(p))
        return -1;
    // "Mossoul, son principal bastion irakien": the town the apposition describes
    const bool apposition = p < 0;
    if (apposition)
        p = appositionHead(sentence, trigger);
    if (p < 0)
        return -1;
    const int first = mSentenceFirst.at(sentence);
    int t = trigger - 1;
    while (t > first && (is(t, "principal") || is(t, "principale") || is(t, "dernier") || is(t, "derniere") ||
                         is(t, "grand") || is(t, "grande") || is(t, "plus")))
        --t;
    if (is(t, "son") || is(t, "sa") || is(t, "leur")) {
        // the owner: the nearest faction named before, in this sentence or the one before
        const int stop = sentence > 0 ? mSentenceFirst.at(sentence - 1) : first;
        for (int u = t - 1; u >= stop; --u) {
            const int a = mTokenActor.at(u);
            if (a >= 0 && mActors.at(a).role != ActorRole::Support &&
                mActors.at(a).faction != Faction::Unknown) {
                *owner = a;
                break;
            }
        }
    } else if (!apposition && (is(t, "le") || is(t, "la") || is(t, "les")) && is(t - 1, "dont")) {
        int u = t - 2;
        if (is(u, ","))
            --u;
        *owner = u >= first ? mTokenActor.at(u) : -1;
        --t;
    }
    *start = t;
    return *owner >= 0 ? p : -1;
}

// The place an apposition describes: "Mossoul, la deuxième ville du pays et principal fief de
// l'EI" (from the stronghold noun back to the comma after the place).
int Extraction::appositionHead(int sentence, int trigger) const
{
    const int first = mSentenceFirst.at(sentence);
    for (int t = trigger - 1; t > first && trigger - t <= 15; --t) {
        if (mTokenActor.at(t) >= 0 || mTokenPlace.at(t) >= 0 || is(t, ";") || is(t, ":") ||
            cue(CueType::ClauseBreak, t))
            return -1;
        if (is(t, ",")) {
            const int p = mTokenPlace.at(t - 1);
            return p >= 0 && eligible(p) && !contextPreceded(p) ? p : -1;
        }
    }
    return -1;
}

int Extraction::relativeObject(int trigger, int sentence) const
{
    // "Soukhné, qu'elles avaient reprise le 12 août": the place before "que" is the object
    const int first = mSentenceFirst.at(sentence);
    for (int t = trigger - 1; t > first && trigger - t <= 12; --t) {
        // "Qaryatayn, dont l'EI s'était emparé": "dont" stands for "de Qaryatayn"
        if (is(t, "qu'") || is(t, "que") || is(t, "dont")) {
            int before = t - 1;
            if (is(before, ","))
                --before;
            const int p = before >= first ? mTokenPlace.at(before) : -1;
            return p >= 0 && eligible(p) && !contextPreceded(p) ? p : -1;
        }
        const int a = mTokenActor.at(t);
        if (a >= 0) {
            t = mActors.at(a).firstToken;
            continue;
        }
        if (is(t, "(") || is(t, ")"))
            continue; // "le groupe Etat islamique (EI) s'était emparé"
        if (!cue(CueType::AuxPassive, t) && !is(t, "a") && !is(t, "ont") && !is(t, "avait") &&
            !is(t, "avaient") && !is(t, "ete") && !is(t, "l'") && !is(t, "les") && !is(t, "la") &&
            !is(t, "le") && !is(t, "ne") && !is(t, "n'") && !is(t, "y") && !is(t, "s'") && !is(t, "se") &&
            !is(t, "est") && !is(t, "etait") && !is(t, "etaient") && !is(t, "sont"))
            return -1;
    }
    return -1;
}

bool Extraction::pastState(const Statement &st, int trigger) const
{
    // "tenait", "contrôlaient": the trigger itself is in the imperfect
    const QStringView w = word(trigger);
    if (w.endsWith(QLatin1String("ait")) || w.endsWith(QLatin1String("aient")))
        return true;
    // "Manbij était l'un des bastions de", "X était aux mains de": an imperfect copula before it
    int from = trigger - 6;
    for (int p : st.places)
        from = std::min(from, mPlaceEnd.at(p));
    from = std::max({from, trigger - 12, 0});
    for (int t = from; t < trigger; ++t)
        if (is(t, "etait") || is(t, "etaient") || is(t, "restait") || is(t, "restaient") ||
            is(t, "demeurait") || is(t, "fut") || is(t, "furent"))
            return true;
    return false;
}

bool Extraction::isPassive(int trigger) const
{
    int t = trigger - 1;
    if (cue(CueType::AuxPassive, t) || is(t, "ete")) {
        int before = t - 1;
        if (is(t, "ete"))
            --before; // "a été", "ont été"
        if (is(before, "en") || is(before, "y"))
            --before; // "il s'en était emparé"
        return !is(t - 1, "se") && !is(t - 1, "s'") && !is(before, "se") && !is(before, "s'");
    }
    return false;
}

bool Extraction::isFuture(int trigger) const
{
    int t = trigger;
    if (is(t, "s'") || is(t, "se"))
        ++t;
    const QStringView w = word(t);
    if (w.size() < 6)
        return false;
    static const QLatin1String kEndings[] = {
        QLatin1String("eront"), QLatin1String("eraient"), QLatin1String("erait"), QLatin1String("era"),
        QLatin1String("dront"), QLatin1String("draient"), QLatin1String("drait"), QLatin1String("dra"),
        QLatin1String("iront"), QLatin1String("iraient"), QLatin1String("irait"), QLatin1String("rront"),
        QLatin1String("rrait"), QLatin1String("rra")};
    for (const QLatin1String &ending : kEndings)
        if (w.endsWith(ending))
            return !w.endsWith(QLatin1String("ira")) || w.size() > 6;
    return false;
}

bool Extraction::isModal(int trigger, int sentence) const
{
    const int first = mSentenceFirst.at(sentence);
    for (int t = std::max(first, trigger - 8); t < trigger; ++t) {
        int reach = 0;
        const int end = mFrames.cueAt(CueType::Modal, mTokens, t, trigger, &reach);
        if (end <= t || trigger - end > reach)
            continue;
        // "l'EI avait lancé une offensive éclair et repris la ville": a second verb of its own
        bool coordinated = false;
        for (int u = end; u < trigger && !coordinated; ++u)
            coordinated = is(u, "et") && !is(u + 1, "de") && !is(u + 1, "d'");
        if (!coordinated)
            return true;
    }
    return false;
}

// The frame's verb is an infinitive ("reprendre", "libérer", "conquérir"; folded, a past
// participle ends in -e or -is) not told as done: only "à/de" after an accomplished cue
// ("viennent de reprendre", "sont parvenus à entrer") makes it a fact.
bool Extraction::bareInfinitive(const FrameMatch &match) const
{
    int verb = -1;
    for (int t = match.firstToken; t < match.lastToken && verb < 0; ++t) {
        const QStringView w = word(t);
        if (w == QLatin1String("avoir") || w == QLatin1String("etre"))
            return false; // "annoncent avoir repris": a past infinitive tells what was done
        if (w.size() > 4 && (w.endsWith(QLatin1String("er")) || w.endsWith(QLatin1String("ir")) ||
                             w.endsWith(QLatin1String("dre"))))
            verb = t;
    }
    if (verb < 0)
        return false;
    int t = verb - 1;
    while (t >= 0 && (is(t, "s'") || is(t, "se") || is(t, "l'") || is(t, "la") || is(t, "le") ||
                      is(t, "les") || is(t, "y") || is(t, "en")))
        --t;
    if (t < 0 || !(is(t, "a") || is(t, "de") || is(t, "d'")))
        return true;
    // back from "à/de" to the governing verb, over a time expression or a complement
    // ("ont réussi la semaine dernière à chasser", "a permis au groupe de reprendre")
    for (int k = t - 1; k >= 0 && k >= t - 6; --k) {
        if (mTokenTime.at(k) >= 0) {
            k = mTimes.at(mTokenTime.at(k)).firstToken;
            continue;
        }
        if (cue(CueType::Accomplished, k))
            return false;
        if (!mTokens.at(k).word || is(k, "."))
            break;
    }
    return true;
}

// "ne contrôle plus en Irak qu'une bande de désert": the "que" of a restriction within a few
// words after `token`, or -1
int Extraction::restrictionAfter(int token) const
{
    for (int t = token + 1; t < mTokens.size() && t <= token + 6; ++t) {
        if (is(t, "que") || is(t, "qu'"))
            return t;
        if (is(t, ",") || is(t, ".") || is(t, ";") || (mTokenPlace.at(t) >= 0 && eligible(mTokenPlace.at(t))))
            return -1;
    }
    return -1;
}

// The towns a restriction keeps: "qu'une bande de désert le long de l'Euphrate, autour
// d'Al-Qaïm et de Rawa, près de la frontière syrienne, où…" (to the end of its clause).
QVector<int> Extraction::restrictedPlaces(int from, int end) const
{
    QVector<int> places;
    for (int t = from; t < end && t < from + 40; ++t) {
        if (is(t, ";") || is(t, ".") || is(t, ":") || (is(t, ",") && is(t + 1, "ou")) ||
            cue(CueType::ClauseBreak, t))
            break;
        const int p = placeStartingAt(t);
        if (p < 0)
            continue;
        if (eligible(p) && !routeEnd(p) && !places.contains(p))
            places.append(p);
        t = mPlaceEnd.at(p) - 1;
    }
    return places;
}

bool Extraction::isNegated(const FrameMatch &match) const
{
    for (int t = std::max(0, match.firstToken - 4); t < match.firstToken; ++t) {
        if (!is(t, "ne") && !is(t, "n'"))
            continue;
        for (int u = t + 1; u < std::min(int(mTokens.size()), match.lastToken + 3); ++u) {
            if (cue(CueType::Negation, u))
                return true;
            if (is(u, "plus") && restrictionAfter(u) < 0)
                return true;
        }
    }
    return false;
}

DateChoice Extraction::dateFor(int sentence, int trigger, bool hold, int statementEnd, int objectEnd,
                               bool verbal)
{
    // The time expression of the sentence nearest the trigger.
    const int first = mSentenceFirst.at(sentence);
    const int end = mSentenceEnd.at(sentence);
    int best = -1;
    int bestDistance = 1 << 30;
    for (int m = 0; m < mTimes.size(); ++m) {
        const TemporalMention &time = mTimes.at(m);
        if (time.firstToken < first || time.lastToken > end || !time.isValid())
            continue;
        if (time.namesEarlierEvent && !(time.lastToken <= trigger && trigger - time.lastToken <= 6))
            continue;
        // "le 10 juin, Mossoul était tombée en quelques jours": after a date of the sentence, a
        // span up to publication is a duration
        if (time.firstToken > trigger && time.note.startsWith(QLatin1String("span")) &&
            std::any_of(mTimes.begin(), mTimes.end(), [&](const TemporalMention &other) {
                return other.isValid() && other.firstToken >= first && other.lastToken <= trigger &&
                       !other.note.startsWith(QLatin1String("span"));
            }))
            continue;
        // after the trigger: close to it, or right after the statement ("tombée aux mains de
        // l'EI à l'été 2014")
        if (time.firstToken > trigger && gapOutsideParentheses(trigger, time.firstToken) > kTimeAfterReach &&
            !(statementEnd > trigger && time.firstToken >= statementEnd &&
              gapOutsideParentheses(statementEnd, time.firstToken) <= 2))
            continue;
        int distance = time.lastToken <= trigger ? trigger - time.lastToken : time.firstToken - trigger;
        // right after the statement's object, it is the statement's own ("puis celle de Tal Afar
        // fin août"), even with another date just before the trigger
        if (objectEnd > trigger && time.firstToken >= objectEnd && time.firstToken - objectEnd <= 1)
            distance = 0;
        if (distance < bestDistance) {
            best = m;
            bestDistance = distance;
        }
    }
    // "tombée aux mains de Daech lors de l'offensive éclair de juin 2014": further on in the
    // same clause, for a verb (a noun's clause goes on about something else)
    for (int m = 0; best < 0 && verbal && statementEnd > trigger && m < mTimes.size(); ++m) {
        const TemporalMention &time = mTimes.at(m);
        if (!time.isValid() || time.firstToken < statementEnd || time.lastToken > end ||
            gapOutsideParentheses(statementEnd, time.firstToken) > 10)
            continue;
        bool sameClause = true;
        for (int t = statementEnd; t < time.firstToken && sameClause; ++t)
            sameClause = !is(t, ",") && !is(t, ";") && !is(t, ":") && !cue(CueType::ClauseBreak, t);
        if (sameClause)
            best = m;
    }
    DateChoice choice;
    if (best >= 0) {
        const TemporalMention &time = mTimes.at(best);
        choice = {time.date, time.earliest, time.latest, time.precision, time.note, OwnDate, best};
        return choice;
    }
    if (!hold && sentence > 0 && mSentences.at(sentence - 1).paragraph == mSentences.at(sentence).paragraph &&
        mSentenceDate.value(sentence - 1).rank >= InheritedDate) {
        choice = mSentenceDate.value(sentence - 1);
        choice.rank = InheritedDate;
        choice.note = QStringLiteral("date of the sentence before: ") + choice.note;
        return choice;
    }
    return defaultDate(hold);
}

// A statement's date when its text gives none: a state holds at publication, a change is of
// the day the news is about. Invalid when the article has no date.
DateChoice Extraction::defaultDate(bool hold) const
{
    const QDate date = hold ? mPublished : mNewsDay;
    if (!date.isValid())
        return {};
    return {date,
            {},
            {},
            DatePrecision::Day,
            hold ? QStringLiteral("publication date (state at publication)")
                 : QStringLiteral("day the news is about"),
            DefaultDate};
}

// The country a token's sentence is about: its nearest place; else the last place of the
// three sentences before; else the first of the next sentence. Empty when no place is near.
QString Extraction::countryNear(int token) const
{
    const int sentence = token >= 0 && token < mTokenSentence.size() ? mTokenSentence.at(token) : -1;
    if (sentence < 0)
        return {};
    int best = -1;
    int bestDistance = 0;
    for (int p = 0; p < mPlaces.size(); ++p) {
        if (mPlaces.at(p).country.isEmpty() || mPlaceFirst.at(p) >= mTokenSentence.size())
            continue;
        const int s = mTokenSentence.at(mPlaceFirst.at(p));
        int distance;
        if (s == sentence)
            distance = std::abs(mPlaceFirst.at(p) - token);
        else if (s < sentence && s >= sentence - 3)
            distance = 100000 * (sentence - s) - mPlaceFirst.at(p);
        else if (s == sentence + 1)
            distance = 1000000 + mPlaceFirst.at(p);
        else
            continue;
        if (best < 0 || distance < bestDistance) {
            best = p;
            bestDistance = distance;
        }
    }
    return best >= 0 ? mPlaces.at(best).country : QString();
}

// "face à l'avancée des forces du régime": a beneficiary cue ends right before the actor, or
// before determiners leading to it.
bool Extraction::beneficiaryCueBefore(int token) const
{
    for (int start = token - 1; start >= 0 && start >= token - 7; --start) {
        const int end = mFrames.cueAt(CueType::Beneficiary, mTokens, start, token);
        if (end <= start)
            continue;
        int t = end;
        while (t < token && cue(CueType::Determiner, t))
            ++t;
        if (t == token)
            return true;
    }
    return false;
}

void Extraction::readFrame(int sentence, const FrameMatch &match)
{
    const Frame &frame = mFrames.frames().at(match.frame);
    const FrameClass cls = frame.frameClass;
    const int end = mSentenceEnd.at(sentence);
    const int t0 = match.firstToken;
    if (is(t0, "celle") || is(t0, "celles")) {
        // an ellipsis repeats a nominal form told before it in the sentence
        bool nominalBefore = false;
        for (const FrameMatch &before :
             mFrames.findTriggers(mTokens, mSentenceFirst.at(sentence), t0, mTimeSkip)) {
            const FrameClass c = mFrames.frames().at(before.frame).frameClass;
            nominalBefore = nominalBefore || c == FrameClass::Nominal || c == FrameClass::NominalLoss;
        }
        if (!nominalBefore)
            return;
    }
    const bool verbal = cls == FrameClass::Gain || cls == FrameClass::Expel || cls == FrameClass::Loss ||
                        cls == FrameClass::Fall || cls == FrameClass::HoldSubject;
    if (verbal && !is(t0, "s'") && cue(CueType::Determiner, t0 - 1) && !is(t0 - 1, "les") &&
        !is(t0 - 1, "leur"))
        return; // a noun ("le contrôle", "la tombe")
    if (cls == FrameClass::HoldSubject && (is(t0 - 1, "se") || is(t0 - 1, "s'")))
        return;
    if (!isLoose(cls) && (isFuture(t0) || isModal(t0, sentence)))
        return;
    if (verbal && bareInfinitive(match))
        return; // "Reprendre Mossoul", "pour chasser l'EI de Raqqa": no fact
    if (isNegated(match))
        return;

    Statement st;
    st.kind = frame.kind;
    st.spanFirst = t0;
    st.spanLast = match.lastToken;
    auto cover = [&](int a) {
        if (a < 0)
            return;
        st.spanFirst = std::min(st.spanFirst, mActors.at(a).firstToken);
        st.spanLast = std::max(st.spanLast, mActors.at(a).lastToken);
    };
    auto useScanPlaces = [&](const Scan &scan) {
        st.places = scan.places;
        if (st.places.isEmpty() && scan.anaphorToken >= 0) {
            const int p = resolvePlaceReference(scan.anaphorToken, sentence);
            if (p >= 0) {
                st.places.append(p);
                st.placeByReference = true;
                // the evidence names the referring noun ("encerclés dans leur dernier bastion")
                const int noun =
                    mFrames.cueAt(CueType::PlaceNoun, mTokens, scan.anaphorToken, mSentenceEnd.at(sentence));
                st.spanLast = std::max(st.spanLast, noun);
            }
        }
        if (scan.partial && st.kind == EventKind::Capture)
            st.kind = EventKind::Partial;
        if (scan.lastToken > st.spanLast)
            st.spanLast = scan.lastToken;
    };
    auto possessive = [&]() {
        int t = t0 - 1;
        while (t >= 0 && (is(t, "premiere") || is(t, "premier") || is(t, "nouvelle") || is(t, "nouveau") ||
                          is(t, "recente") || is(t, "derniere")))
            --t;
        return is(t, "sa") || is(t, "son") || is(t, "ses") || is(t, "leur") || is(t, "leurs");
    };
    auto nearestLeft = [&]() {
        for (int t = t0 - 1; t >= mSentenceFirst.at(sentence) && t >= t0 - 40; --t) {
            const int a = mTokenActor.at(t);
            if (a >= 0 && mActors.at(a).role != ActorRole::Support &&
                mActors.at(a).faction != Faction::Unknown)
                return a;
        }
        // the sentence before
        if (sentence > 0)
            for (int t = mSentenceEnd.at(sentence - 1) - 1; t >= mSentenceFirst.at(sentence - 1); --t) {
                const int a = mTokenActor.at(t);
                if (a >= 0 && mActors.at(a).role != ActorRole::Support &&
                    mActors.at(a).faction != Faction::Unknown)
                    return a;
            }
        return -1;
    };

    switch (cls) {
    case FrameClass::Gain: {
        const bool apposition = is(t0 - 1, ",") && t0 >= 2 && mTokenPlace.at(t0 - 2) >= 0;
        if (isPassive(t0) || apposition) {
            const Scan scan = scanRight(match.lastToken, end, ScanMode::Direct);
            const int p = apposition && eligible(mTokenPlace.at(t0 - 2)) ? mTokenPlace.at(t0 - 2)
                                                                         : placeLeft(t0, sentence);
            if (p >= 0) {
                st.places.append(p);
                st.spanFirst = std::min(st.spanFirst, mPlaceFirst.at(p));
                // "Bartella et Qaraqosh, libérées fin octobre": every town of the list
                int before = mPlaceFirst.at(p) - 1;
                while (apposition && before > mSentenceFirst.at(sentence) &&
                       (is(before, "et") || is(before, ",")) && mTokenPlace.at(before - 1) >= 0 &&
                       eligible(mTokenPlace.at(before - 1))) {
                    const int q = mTokenPlace.at(before - 1);
                    st.places.prepend(q);
                    st.spanFirst = mPlaceFirst.at(q);
                    before = mPlaceFirst.at(q) - 1;
                }
            } else {
                useScanPlaces(scan);
            }
            if (scan.partial && st.kind == EventKind::Capture)
                st.kind = EventKind::Partial;
            st.to = scan.par;
            st.from = scan.dative;
            st.spanLast = std::max(st.spanLast, scan.lastToken);
            st.toGuessed = st.to == Faction::Unknown;
        } else {
            const int subject = subjectActor(sentence, t0);
            cover(subject);
            if (subject >= 0)
                st.to = mActors.at(subject).faction;
            const Scan scan = scanRight(match.lastToken, end, ScanMode::Direct);
            useScanPlaces(scan);
            if (st.places.isEmpty()) {
                const int p = relativeObject(t0, sentence);
                if (p >= 0) {
                    st.places.append(p);
                    st.spanFirst = std::min(st.spanFirst, mPlaceFirst.at(p));
                } else if (cliticObject(t0)) {
                    // "les forces kurdes l'avaient reprise": the town named last
                    const int q = resolvePlaceReference(t0, sentence);
                    if (q >= 0) {
                        st.places.append(q);
                        st.placeByReference = true;
                    }
                }
            }
            st.from = scan.dative;
            if (st.to == Faction::Unknown)
                st.to = scan.par;
            if (is(t0 - 1, "lui") || is(t0 - 1, "leur")) {
                for (int t = t0 - 2; t >= mSentenceFirst.at(sentence) && st.from == Faction::Unknown; --t) {
                    const int a = mTokenActor.at(t);
                    if (a >= 0 && a != subject && mActors.at(a).faction != Faction::Unknown &&
                        mActors.at(a).role != ActorRole::Support)
                        st.from = mActors.at(a).faction;
                }
            }
        }
        break;
    }
    case FrameClass::Expel: {
        const Scan scan = scanRight(match.lastToken, end, ScanMode::AfterDe);
        useScanPlaces(scan);
        if (isPassive(t0)) {
            const int subject = subjectActor(sentence, t0);
            cover(subject);
            if (subject >= 0)
                st.from = mActors.at(subject).faction;
            st.to = scan.par;
        } else {
            const int subject = subjectActor(sentence, t0);
            cover(subject);
            if (subject >= 0)
                st.to = mActors.at(subject).faction;
            st.from = scan.object;
            for (int t = match.lastToken; t < end && t < match.lastToken + 4; ++t)
                if (actorStartingAt(t) >= 0) {
                    mUsedAsObject[actorStartingAt(t)] = true;
                    break;
                }
        }
        break;
    }
    case FrameClass::Loss: {
        const int subject = subjectActor(sentence, t0);
        cover(subject);
        if (subject >= 0)
            st.from = mActors.at(subject).faction;
        const Scan scan = scanRight(match.lastToken, end, ScanMode::Direct);
        useScanPlaces(scan);
        if (st.places.isEmpty()) {
            const int p = relativeObject(t0, sentence);
            if (p >= 0) {
                st.places.append(p);
                st.spanFirst = std::min(st.spanFirst, mPlaceFirst.at(p));
            }
        }
        st.to = scan.beneficiary != Faction::Unknown ? scan.beneficiary : scan.dative;
        break;
    }
    case FrameClass::Fall: {
        const int p = placeLeft(t0, sentence);
        if (p >= 0) {
            st.places.append(p);
            st.spanFirst = std::min(st.spanFirst, mPlaceFirst.at(p));
        }
        int reach = match.lastToken + 7;
        for (int t = match.lastToken; t < end && t < reach; ++t) {
            if (mTokenTime.at(t) >= 0) {
                // "tombée en mai 2015 aux mains de l'EI": the date does not count
                const int after = mTimes.at(mTokenTime.at(t)).lastToken;
                reach += after - t;
                t = after - 1;
                continue;
            }
            if (is(t, ",") && is(t + 1, "comme")) {
                // "était tombée, comme Mossoul, aux mains de Daech": step over the comparison
                int close = t + 2;
                while (close < end && close < t + 8 && !is(close, ","))
                    ++close;
                if (close < end && is(close, ",")) {
                    reach += close - t;
                    t = close;
                    continue;
                }
            }
            if (is(t, ",") || is(t, ";") || is(t, ".") || cue(CueType::ClauseBreak, t))
                break;
            const int a = actorStartingAt(t);
            if (a >= 0 && mActors.at(a).role != ActorRole::Support) {
                st.to = mActors.at(a).faction;
                cover(a);
                break;
            }
        }
        st.toGuessed = st.to == Faction::Unknown;
        break;
    }
    case FrameClass::Nominal: {
        const Scan scan = scanRight(match.lastToken, end, ScanMode::Immediate);
        const bool possessiveTrigger = is(t0, "sa") || is(t0, "son") || is(t0, "leur");
        if (possessiveTrigger) {
            // "sa reprise de X" is the plain frame's (the possessor took X); alone, "sa
            // conquête par les jihadistes" is the town's, named before
            if (!scan.places.isEmpty() || is(match.lastToken, "de") || is(match.lastToken, "d'") ||
                is(match.lastToken, "du"))
                return;
            // the town the article is about: the one most of its statements so far name
            QHash<QString, int> counts;
            int p = -1;
            int best = 0;
            for (const Candidate &c : mCandidates) {
                const int n = ++counts[c.foldedPlace];
                if (n >= best) {
                    best = n;
                    p = c.place;
                }
            }
            if (p < 0)
                p = resolvePlaceReference(t0, sentence);
            if (p < 0)
                return;
            st.places.append(p);
            st.placeByReference = true;
            st.spanLast = std::max(st.spanLast, scan.lastToken);
            st.to = scan.par;
            break;
        }
        useScanPlaces(scan);
        st.to = scan.par;
        st.from = scan.dative;
        if (st.to == Faction::Unknown && possessive()) {
            const int a = nearestLeft();
            if (a >= 0)
                st.to = mActors.at(a).faction;
        }
        if (st.to == Faction::Unknown) {
            // "Damas a annoncé jeudi la reprise de Palmyre": who claims it won it
            const int subject = subjectActor(sentence, t0, false);
            bool claimed = false;
            for (int t = subject >= 0 ? mActors.at(subject).lastToken : t0; t < t0; ++t) {
                if (cue(CueType::ClauseBreak, t) || is(t, ";")) {
                    claimed = false; // "…, tandis que Damas proclamait la libération de X"
                    break;
                }
                claimed = claimed || (t0 - t <= 10 && cue(CueType::Claim, t));
            }
            if (claimed) {
                st.to = mActors.at(subject).faction;
                cover(subject);
            }
        }
        break;
    }
    case FrameClass::NominalLoss: {
        const Scan scan = scanRight(match.lastToken, end, ScanMode::Immediate);
        useScanPlaces(scan);
        int a = nearestActor(sentence, t0);
        // "au lendemain de la chute de Mossoul, que les jihadistes s'étaient emparés de Tikrit":
        // an actor of the clause that follows is not the one who lost the place
        if (a >= 0 && mActors.at(a).firstToken > t0) {
            for (int t = match.lastToken; t < mActors.at(a).firstToken; ++t)
                if (is(t, "que") || is(t, "qu'") || is(t, "qui") || is(t, "dont") || is(t, ";")) {
                    a = -1;
                    break;
                }
        }
        if (a >= 0) {
            st.from = mActors.at(a).faction;
            if (std::abs(mActors.at(a).firstToken - t0) < 12)
                cover(a);
        }
        break;
    }
    case FrameClass::Enter: {
        const Scan scan = scanRight(match.lastToken, end, ScanMode::Immediate);
        useScanPlaces(scan);
        int a = possessive() ? nearestLeft() : subjectActor(sentence, t0);
        if (a < 0 && scan.par != Faction::Unknown)
            st.to = scan.par;
        else if (a >= 0)
            st.to = mActors.at(a).faction;
        if (a >= 0 && t0 - mActors.at(a).lastToken < 15)
            cover(a);
        st.kind = EventKind::Partial;
        break;
    }
    case FrameClass::HoldSubject: {
        const int subject = subjectActor(sentence, t0, false);
        if (subject < 0)
            return;
        cover(subject);
        st.to = mActors.at(subject).faction;
        const Scan scan = scanRight(match.lastToken, end, ScanMode::Direct);
        useScanPlaces(scan);
        st.kind = EventKind::Hold;
        // "l'EI ne contrôle plus en Irak qu'une bande de désert autour d'Al-Qaïm et de Rawa"
        int only = restrictionAfter(match.lastToken - 1);
        if (only < 0)
            only = restrictionAfter(match.lastToken);
        if (only >= 0 && (is(t0 - 1, "ne") || is(t0 - 1, "n'"))) {
            st.places = restrictedPlaces(only + 1, end);
            if (!st.places.isEmpty())
                st.spanLast = std::max(st.spanLast, mPlaceEnd.at(st.places.last()));
        }
        // "contrôlent désormais la totalité de Manbij": the state has just begun
        if (cue(CueType::Now, match.lastToken) || cue(CueType::Now, t0 - 1))
            st.kind = scan.partial ? EventKind::Partial : EventKind::Capture;
        break;
    }
    case FrameClass::HoldBy: {
        for (int t = match.lastToken; t < end && t < match.lastToken + 3; ++t) {
            const int a = actorStartingAt(t);
            if (a >= 0) {
                st.to = mActors.at(a).faction;
                cover(a);
                break;
            }
        }
        if (st.to == Faction::Unknown)
            return;
        st.places = placesAdjacentLeft(t0, sentence);
        // "tombée, comme Mossoul, aux mains de Daech": a comparison, not a state
        st.places.erase(std::remove_if(st.places.begin(), st.places.end(),
                                       [&](int p) { return is(mPlaceFirst.at(p) - 1, "comme"); }),
                        st.places.end());
        for (int p : st.places)
            st.spanFirst = std::min(st.spanFirst, mPlaceFirst.at(p));
        st.kind = EventKind::Hold;
        break;
    }
    case FrameClass::HoldDescriptor: {
        int holder = -1;
        for (int t = match.lastToken; t < end && t < match.lastToken + 6; ++t) {
            if (is(t, ",") || is(t, ".") || is(t, ";") || placeStartingAt(t) >= 0)
                break;
            const int a = actorStartingAt(t);
            if (a >= 0) {
                const QString &prep = mActors.at(a).preposition;
                if (prep == QLatin1String("de") || prep == QLatin1String("d'") ||
                    prep == QLatin1String("du") || prep == QLatin1String("des"))
                    holder = a;
                break;
            }
        }
        if (holder < 0) {
            // "son fief de Raqqa", "l'EI, dont le fief de Raqqa…": the place follows, the holder
            // owns the stronghold
            int start = t0;
            const int owned = ownedStronghold(sentence, t0, match.lastToken, &holder, &start);
            if (owned < 0 || holder < 0 || mActors.at(holder).faction == Faction::Unknown)
                return;
            st.to = mActors.at(holder).faction;
            st.places.append(owned);
            st.spanFirst = std::min(start, mPlaceFirst.at(owned));
            st.spanLast = std::max(st.spanLast, mPlaceEnd.at(owned));
            st.kind = EventKind::Hold;
            break;
        }
        if (mActors.at(holder).faction == Faction::Unknown)
            return;
        st.to = mActors.at(holder).faction;
        cover(holder);
        st.places = placesAdjacentLeft(t0, sentence);
        if (st.places.isEmpty()) {
            // "Mossoul, la deuxième ville du pays et principal fief de l'EI, …": an apposition
            const int p = appositionHead(sentence, t0);
            if (p >= 0)
                st.places.append(p);
        }
        if (st.places.isEmpty()) {
            int t = mActors.at(holder).lastToken;
            while (t < end && (is(t, ":") || is(t, ",")))
                ++t;
            if (t > mActors.at(holder).lastToken) {
                const Scan scan = scanRight(t, end, ScanMode::List);
                st.places = scan.places;
                st.spanLast = std::max(st.spanLast, scan.lastToken);
            }
        }
        for (int p : st.places)
            st.spanFirst = std::min(st.spanFirst, mPlaceFirst.at(p));
        st.kind = EventKind::Hold;
        break;
    }
    case FrameClass::Remain: {
        int holder = -1;
        for (int t = match.lastToken - 1; t < end && t < match.lastToken + 3; ++t)
            if (actorStartingAt(t) >= 0) {
                holder = actorStartingAt(t);
                break;
            }
        if (holder < 0 || mActors.at(holder).faction == Faction::Unknown)
            return;
        st.to = mActors.at(holder).faction;
        cover(holder);
        int from = mActors.at(holder).lastToken;
        const Scan scan = scanRight(from, end, ScanMode::Direct);
        st.places = scan.places;
        if (st.places.isEmpty()) { // "il ne reste plus à l'EI en Irak qu'une bande … autour de X et de Y"
            const int only = restrictionAfter(from - 1);
            st.places = restrictedPlaces(only >= 0 ? only + 1 : from, end);
        }
        if (!st.places.isEmpty())
            st.spanLast = std::max(st.spanLast, mPlaceEnd.at(st.places.last()));
        st.kind = EventKind::Hold;
        break;
    }
    }
    if (st.places.isEmpty())
        return;
    if (st.kind == EventKind::Hold && st.to == Faction::Unknown)
        return;
    if (st.kind == EventKind::Hold)
        st.pastState = pastState(st, t0);
    if (st.kind == EventKind::Capture) {
        // "ont de nouveau chassé", "chassent de nouveau": around the verb
        const int first = std::max(mSentenceFirst.at(sentence), t0 - 3);
        const int last = std::min(end, match.lastToken + 3);
        for (int t = first; t < last && !st.again; ++t)
            st.again = mFrames.cueAt(CueType::Again, mTokens, t, end) > t;
    }
    addStatement(sentence, match, st);
}

void Extraction::addStatement(int sentence, const FrameMatch &match, const Statement &st)
{
    const Frame &frame = mFrames.frames().at(match.frame);
    const bool hold = st.kind == EventKind::Hold;
    const int objectEnd = st.places.isEmpty() ? -1 : mPlaceEnd.at(st.places.last());
    const bool verbal = frame.frameClass == FrameClass::Gain || frame.frameClass == FrameClass::Expel ||
                        frame.frameClass == FrameClass::Loss || frame.frameClass == FrameClass::Fall;
    DateChoice date = dateFor(sentence, match.firstToken, hold, st.spanLast, objectEnd, verbal);
    // a state takes only a date of its own clause ("assiégés par l'EI depuis 2015, ou vers Raqqa,
    // la capitale du groupe": Raqqa's state is the publication's)
    auto otherClause = [&](const TemporalMention &time) {
        if (time.lastToken < st.spanFirst - 12 || time.firstToken > st.spanLast + 6)
            return true;
        bool comma = false;
        for (int t = time.lastToken; t < st.spanFirst; ++t) {
            if (is(t, "ou") || is(t, "et") || is(t, "mais") || is(t, ";") || cue(CueType::ClauseBreak, t))
                return true;
            comma = comma || is(t, ",");
        }
        // "Après la chute de Tal Afar fin août, il ne reste plus à l'EI que…": the date of the
        // event the opening phrase names
        for (int t = time.firstToken - 1; comma && t >= mSentenceFirst.at(sentence) && !is(t, ","); --t)
            if (is(t, "apres") || is(t, "avant"))
                return true;
        return false;
    };
    if (hold && date.rank == OwnDate && date.mention >= 0 && otherClause(mTimes.at(date.mention)) &&
        mPublished.isValid())
        date = defaultDate(true);
    // "aux mains de l'EI depuis juin 2014": the holder took the place then. The state itself
    // holds at publication, unless it is told in the past ("était aux mains de … depuis").
    int sinceWord = date.mention >= 0 ? mTimes.at(date.mention).firstToken : -1;
    if (sinceWord >= 0 && !is(sinceWord, "depuis")) {
        --sinceWord; // "depuis l'été 2014": the expression may start after the article
        while (sinceWord >= 0 && cue(CueType::Determiner, sinceWord))
            --sinceWord;
    }
    // only a "depuis" of the statement itself: not "assiégés par l'EI depuis 2015, ou vers Raqqa,
    // la capitale du groupe"
    const bool since = hold && date.rank == OwnDate && sinceWord >= 0 && is(sinceWord, "depuis") &&
                       sinceWord >= st.spanFirst - 4 && sinceWord <= st.spanLast + 6 && date.date.isValid() &&
                       (!mPublished.isValid() || date.date < mPublished);
    if (since) {
        DateChoice began = date;
        if (date.earliest.isValid() && date.latest.isValid() && mPublished.isValid() &&
            date.latest >= mPublished.addDays(-1)) {
            // "depuis 2013" spans to publication: the capture is in the year named
            const int year = date.earliest.year();
            began.date = QDate(year, 7, 1);
            began.earliest = QDate(year, 1, 1);
            began.latest = QDate(year, 12, 31);
            began.precision = DatePrecision::Year;
        }
        began.note = QStringLiteral("start of the state: ") + date.note;
        Statement start = st;
        start.kind = EventKind::Capture;
        start.pastState = false;
        start.sinceStart = true;
        addCandidates(sentence, match, start, began);
        if (st.pastState || !mPublished.isValid())
            return;
        date = defaultDate(true);
    }
    // A past state ("Tabqa était aux mains de l'EI") says nothing of the present: keep it only
    // when the sentence dates it ("En 2015, Tabqa était…").
    if (st.pastState && (date.rank != OwnDate || date.mention < 0))
        return;
    if (!hold && date.rank > mSentenceDate.value(sentence).rank)
        mSentenceDate[sentence] = date;
    if (date.date.isValid() && mPublished.isValid() && date.date > mPublished.addDays(1))
        return; // still to come
    addCandidates(sentence, match, st, date);
}

void Extraction::addCandidates(int sentence, const FrameMatch &match, const Statement &st,
                               const DateChoice &date)
{
    const Frame &frame = mFrames.frames().at(match.frame);
    const Sentence &sent = mSentences.at(sentence);
    int spanStart = mTokens.at(st.spanFirst).start;
    int spanEnd = mTokens.at(std::max(st.spanFirst, st.spanLast - 1)).end();
    spanStart = std::max(spanStart, sent.start);
    spanEnd = std::min(std::max(spanEnd, spanStart + 1), sent.end());
    // Close a Markdown link or emphasis that the span ends inside.
    if (spanEnd < mText.size() && mText.at(spanEnd) == QLatin1Char(']')) {
        const int close = mText.indexOf(QLatin1Char(')'), spanEnd);
        if (close > 0 && close - spanEnd < 200)
            spanEnd = close + 1;
    }
    while (spanEnd < sent.end() && mText.at(spanEnd) == QLatin1Char('*'))
        ++spanEnd;

    for (int p : st.places) {
        const PlaceHit &hit = mPlaces.at(p);
        Candidate candidate;
        ControlEvent &event = candidate.event;
        // a district changing hands is part of its town changing hands
        const EventKind kind =
            hit.kind == PlaceKind::District && st.kind == EventKind::Capture ? EventKind::Partial : st.kind;
        event.place = hit.name.isEmpty() ? hit.surface : hit.name;
        event.placeId = hit.id;
        event.geonameId = hit.geonameId;
        event.lat = hit.lat;
        event.lon = hit.lon;
        event.surface = hit.surface;
        event.kind = kind;
        event.to = st.to;
        event.from = st.from == st.to ? Faction::Unknown : st.from;
        event.date = date.date;
        event.precision = date.date.isValid() ? date.precision : DatePrecision::Unknown;
        event.earliest = date.earliest;
        event.latest = date.latest;
        event.dateNote = date.note;
        double confidence = 0.85 * hit.confidence;
        if (st.placeByReference)
            confidence -= 0.15;
        if (st.to == Faction::Unknown)
            confidence -= 0.1;
        if (date.rank == DefaultDate)
            confidence -= 0.05;
        event.confidence = qBound(0.05, confidence, 1.0);
        event.offset = spanStart;
        event.evidence = mText.mid(spanStart, spanEnd - spanStart);
        candidate.sentence = sentence;
        candidate.place = p;
        candidate.trigger = match.firstToken;
        candidate.dateRank = date.rank;
        candidate.toGuessed = st.toGuessed;
        candidate.again = st.again;
        candidate.sinceStart = st.sinceStart;
        candidate.frameClass = frame.frameClass;
        if (mFoldedPlaceNames.at(p).isNull())
            mFoldedPlaceNames[p] = foldedPlaceName(event.place);
        candidate.foldedPlace = mFoldedPlaceNames.at(p);
        mCandidates.append(candidate);
    }
}

// Whether `inner` is a whole word or phrase of `outer` (both folded).
bool containsPhrase(const QString &outer, const QString &inner)
{
    if (inner.isEmpty())
        return false;
    for (int at = outer.indexOf(inner); at >= 0; at = outer.indexOf(inner, at + 1)) {
        const int end = at + int(inner.size());
        if ((at == 0 || !outer.at(at - 1).isLetterOrNumber()) &&
            (end == outer.size() || !outer.at(end).isLetterOrNumber()))
            return true;
    }
    return false;
}

bool samePlace(const Candidate &x, const Candidate &y)
{
    const ControlEvent &a = x.event;
    const ControlEvent &b = y.event;
    if (!a.placeId.isEmpty() && a.placeId == b.placeId)
        return true;
    const QString &nameA = x.foldedPlace;
    const QString &nameB = y.foldedPlace;
    if (a.placeId.isEmpty() && b.placeId.isEmpty() && nameA == nameB)
        return true;
    // "la cité antique de Palmyre" and "Palmyre": a site named after the town, close to it
    constexpr double kSiteKm = 15.0;
    if (std::isnan(a.lat) || std::isnan(b.lat) || std::abs(a.lat - b.lat) > 0.2 ||
        std::abs(a.lon - b.lon) > 0.3)
        return false; // farther than kSiteKm anyway: no need to compare the names
    return (containsPhrase(nameA, nameB) || containsPhrase(nameB, nameA)) &&
           distanceKm(a.lat, a.lon, b.lat, b.lon) <= kSiteKm;
}

void Extraction::applyDenials()
{
    // a denial touches the statements of its sentence and of the one before: skip the others
    std::vector<char> hasStatement(size_t(mSentences.size()) + 1, 0);
    for (const Candidate &c : mCandidates)
        hasStatement[size_t(c.sentence)] = 1;
    for (int s = 0; s < mSentences.size(); ++s) {
        if (!hasStatement[size_t(s)] && (s == 0 || !hasStatement[size_t(s - 1)]))
            continue;
        int denialToken = -1;
        for (int t = mSentenceFirst.at(s); t < mSentenceEnd.at(s) && denialToken < 0; ++t)
            if (cue(CueType::Denial, t))
                denialToken = t;
        if (denialToken < 0)
            continue;
        const int denier = subjectActor(s, denialToken, false);
        bool own = false;
        for (Candidate &c : mCandidates)
            if (c.sentence == s && c.trigger > denialToken && c.event.kind != EventKind::Hold) {
                c.event.kind = EventKind::Denied;
                own = true;
            }
        if (!own) {
            // "annonçait la prise de X ; les rebelles ont aussitôt démenti": the claim is told
            // before the denial in the same sentence, even when X is not a known place
            for (Candidate &c : mCandidates)
                if (c.sentence == s && c.trigger < denialToken && c.event.kind != EventKind::Hold) {
                    c.event.kind = EventKind::Denied;
                    if (denier >= 0 && mActors.at(denier).faction != c.event.to)
                        c.event.from = mActors.at(denier).faction;
                    own = true;
                }
            for (const FrameMatch &match :
                 mFrames.findTriggers(mTokens, mSentenceFirst.at(s), denialToken, mTimeSkip))
                own = own || mFrames.frames().at(match.frame).kind != EventKind::Hold;
        }
        if (own || s == 0)
            continue;
        for (Candidate &c : mCandidates) {
            if (c.sentence != s - 1 || c.event.kind == EventKind::Hold)
                continue;
            c.event.kind = EventKind::Denied;
            c.event.dateNote += QStringLiteral("; denied in the next sentence");
            if (denier >= 0 && mActors.at(denier).faction != c.event.to)
                c.event.from = mActors.at(denier).faction;
        }
    }
}

void Extraction::fillOpenRoles()
{
    // Holds stated in the same sentence as a capture of the place describe the loser.
    for (Candidate &hold : mCandidates) {
        if (hold.event.kind != EventKind::Hold)
            continue;
        for (Candidate &change : mCandidates) {
            if (change.sentence != hold.sentence || change.event.kind == EventKind::Hold ||
                change.sinceStart || !samePlace(change, hold))
                continue;
            if (change.event.from == Faction::Unknown && hold.event.to != change.event.to)
                change.event.from = hold.event.to;
            hold.dropped = true;
        }
    }
    // A state restating a change just reported ("Ils contrôlent désormais la localité") adds nothing.
    for (Candidate &hold : mCandidates) {
        if (hold.dropped || hold.event.kind != EventKind::Hold)
            continue;
        for (const Candidate &change : mCandidates)
            if (!change.dropped && change.event.kind != EventKind::Hold && !change.sinceStart &&
                change.event.to == hold.event.to && change.sentence <= hold.sentence &&
                hold.sentence - change.sentence <= 2 && samePlace(change, hold))
                hold.dropped = true;
    }
    // A winner left open by an agentless verb carries over from the narrative.
    Faction lastWinner = Faction::Unknown;
    int lastSentence = -10;
    QDate lastDate;
    for (Candidate &c : mCandidates) {
        if (c.dropped || c.event.kind == EventKind::Hold)
            continue;
        // not from a recap of another time ("la première ville à tomber, en janvier 2014")
        const bool sameTime =
            !lastDate.isValid() || !c.event.date.isValid() || std::abs(lastDate.daysTo(c.event.date)) <= 62;
        if (c.event.to == Faction::Unknown && c.toGuessed && c.sentence - lastSentence <= 3 && sameTime &&
            lastWinner != Faction::Unknown && lastWinner != c.event.from) {
            c.event.to = lastWinner;
            c.event.confidence = std::max(0.05, c.event.confidence - 0.2);
        }
        // a full capture sets the narrative's winner; an entry into a town is a side step
        if (c.event.to != Faction::Unknown && c.event.kind == EventKind::Capture) {
            lastWinner = c.event.to;
            lastSentence = c.sentence;
            lastDate = c.event.date;
        }
    }
}

void Extraction::fillLosers()
{
    // Who held the place before: the winner of an earlier capture of it the article reports
    // ("tombée aux mains de l'EI en 2014" … "les forces irakiennes ont repris Qaraqosh").
    for (Candidate &c : mCandidates) {
        if (c.dropped || c.event.kind == EventKind::Hold || c.event.kind == EventKind::Denied ||
            c.event.from != Faction::Unknown || c.event.to == Faction::Unknown || !c.event.date.isValid())
            continue;
        const Candidate *latest = nullptr;
        for (const Candidate &e : mCandidates)
            if (!e.dropped && &e != &c && e.event.kind == EventKind::Capture &&
                e.event.to != Faction::Unknown && e.event.to != c.event.to && e.event.date.isValid() &&
                e.event.date < c.event.date && samePlace(e, c) &&
                (!latest || latest->event.date < e.event.date))
                latest = &e;
        if (latest)
            c.event.from = latest->event.to;
    }
    // Who retook the place later had lost it: "l'armée a repris Palmyre, que l'EI avait
    // reconquise en décembre" (the regime lost it in December).
    for (Candidate &c : mCandidates) {
        if (c.dropped || c.event.kind != EventKind::Capture || c.event.from != Faction::Unknown ||
            c.event.to == Faction::Unknown || !c.event.date.isValid())
            continue;
        for (const Candidate &e : mCandidates)
            if (!e.dropped && &e != &c && e.event.kind == EventKind::Capture &&
                e.event.to != Faction::Unknown && e.event.to != c.event.to && e.event.date.isValid() &&
                c.event.date < e.event.date &&
                (e.event.from == Faction::Unknown || e.event.from == c.event.to) &&
                word(e.trigger).startsWith(QLatin1String("re")) && samePlace(e, c)) {
                c.event.from = e.event.to;
                c.event.confidence = std::max(0.05, c.event.confidence - 0.1);
                break;
            }
    }
    // As the article says elsewhere (a hold); else the article's main loser.
    QMap<int, int> losers; // ordered: ties go to the same faction on every run
    for (const Candidate &c : mCandidates) {
        if (c.dropped)
            continue;
        if (c.event.kind == EventKind::Hold)
            losers[int(c.event.to)] += 1;
        else if (c.event.from != Faction::Unknown)
            losers[int(c.event.from)] += 2;
    }
    for (Candidate &c : mCandidates) {
        if (c.dropped || c.event.kind == EventKind::Hold || c.event.from != Faction::Unknown)
            continue;
        // a state told about the same time: not a hold at publication for a recap of 2014
        for (const Candidate &h : mCandidates)
            if (!h.dropped && h.event.kind == EventKind::Hold && samePlace(h, c) &&
                h.event.to != c.event.to && h.event.date.isValid() &&
                std::abs(h.event.date.daysTo(c.event.date)) <= 31) {
                c.event.from = h.event.to;
                break;
            }
        // with no winner either, the loser is guessed too so that the region may name the winner
        if (c.event.from != Faction::Unknown)
            continue;
        Faction best = Faction::Unknown;
        int bestCount = 0;
        for (auto it = losers.constBegin(); it != losers.constEnd(); ++it)
            if (Faction(it.key()) != c.event.to && it.value() > bestCount) {
                best = Faction(it.key());
                bestCount = it.value();
            }
        // a change the reference chronology knows gives both sides instead (applyPriors)
        if (c.event.to == Faction::Unknown && knownChange(c.event))
            continue;
        if (best != Faction::Unknown) {
            c.event.from = best;
            c.event.confidence = std::max(0.05, c.event.confidence - 0.1);
        }
    }
}

void Extraction::applyPriors()
{
    // The change the reference chronology knows at that place and time gives the winner the
    // text leaves open, and the day of a change the text dates only roughly ("cette année").
    for (Candidate &c : mCandidates) {
        // a denied claim names the known change it denies ("dément avoir cédé Kirkouk")
        if (c.dropped || (c.event.kind != EventKind::Capture && c.event.kind != EventKind::Denied))
            continue;
        const ChronologyEntry *known = knownChange(c.event);
        if (!known)
            continue;
        const QString where = QStringLiteral(" from the reference chronology (%1, %2)")
                                  .arg(known->place, known->date.toString(Qt::ISODate));
        if (c.event.to == Faction::Unknown) {
            c.event.to = known->to;
            c.event.dateNote += QStringLiteral("; winner") + where;
            if (c.event.from == Faction::Unknown)
                c.event.from = known->from;
        }
        if (c.event.precision != DatePrecision::Day && c.event.kind == EventKind::Capture) {
            c.event.date = known->date;
            c.event.precision = DatePrecision::Day;
            c.event.earliest = QDate();
            c.event.latest = QDate();
            c.event.dateNote += QStringLiteral("; day") + where;
        }
    }
    // A winner the region makes likely.
    for (Candidate &c : mCandidates) {
        if (c.dropped || c.event.kind == EventKind::Hold || c.event.to != Faction::Unknown ||
            c.event.from == Faction::Unknown)
            continue;
        const QString key =
            mPlaces.at(c.place).country.toUpper() + QLatin1Char(':') + factionId(c.event.from);
        const auto it = mPriors.winnerByCountryAndLoser.constFind(key);
        if (it != mPriors.winnerByCountryAndLoser.constEnd()) {
            c.event.to = it.value();
            c.event.confidence = std::max(0.05, c.event.confidence - 0.25);
            c.event.dateNote += QStringLiteral("; winner assumed from the region");
        }
    }
}

const ChronologyEntry *Extraction::knownChange(const ControlEvent &event) const
{
    if (!event.date.isValid() || event.placeId.isEmpty())
        return nullptr;
    auto fits = [&](const QDate &date) {
        switch (event.precision) {
        case DatePrecision::Day:
            return std::abs(event.date.daysTo(date)) <= 1;
        case DatePrecision::Week:
            return std::abs(event.date.daysTo(date)) <= 7;
        case DatePrecision::Month:
            return event.date.year() == date.year() && event.date.month() == date.month();
        case DatePrecision::Year:
            return event.date.year() == date.year();
        case DatePrecision::Unknown:
            return false;
        }
        return false;
    };
    // with neither side known ("la chute de Mossoul"), only a change dated to the month or better
    if (event.to == Faction::Unknown && event.from == Faction::Unknown &&
        (event.precision == DatePrecision::Year || event.precision == DatePrecision::Unknown))
        return nullptr;
    const ChronologyEntry *found = nullptr;
    for (const ChronologyEntry &entry : mPriors.knownChanges) {
        if (entry.placeId != event.placeId || !fits(entry.date) ||
            (event.from != Faction::Unknown && entry.from != event.from) ||
            (event.to != Faction::Unknown && entry.to != event.to) ||
            (mPublished.isValid() && entry.date > mPublished))
            continue;
        if (found && found->to != entry.to)
            return nullptr; // two winners fit: the text must say
        found = &entry;
    }
    return found;
}

bool kindsCompatible(EventKind a, EventKind b)
{
    const bool changeA = a == EventKind::Capture || a == EventKind::Partial;
    const bool changeB = b == EventKind::Capture || b == EventKind::Partial;
    return (changeA && changeB) || a == b;
}

bool datesCompatible(const Candidate &a, const Candidate &b)
{
    const ControlEvent &x = a.event;
    const ControlEvent &y = b.event;
    if (!x.date.isValid() || !y.date.isValid())
        return true;
    const QDate xFrom = x.earliest.isValid() ? x.earliest : x.date;
    const QDate xTo = x.latest.isValid() ? x.latest : x.date;
    const QDate yFrom = y.earliest.isValid() ? y.earliest : y.date;
    const QDate yTo = y.latest.isValid() ? y.latest : y.date;
    if (xFrom <= yTo && yFrom <= xTo)
        return true;
    const int slack = std::min(precisionRank(x.precision), precisionRank(y.precision)) == 1 ? 1 : 3;
    return std::abs(x.date.daysTo(y.date)) <= slack;
}

// "L'armée a repris Boukamal le 8 novembre ... L'armée chasse de nouveau l'EI de Boukamal": the
// loser must have retaken the town in between. Added once, dated within the two captures.
void Extraction::inferRetakings()
{
    const int count = mCandidates.size();
    for (int i = 0; i < count; ++i) {
        const Candidate later = mCandidates.at(i);
        if (later.dropped || !later.again || later.event.kind != EventKind::Capture ||
            later.event.to == Faction::Unknown || later.event.from == Faction::Unknown ||
            !later.event.date.isValid())
            continue;
        const Candidate *first = nullptr;
        for (int j = 0; j < count; ++j) {
            const Candidate &c = mCandidates.at(j);
            if (j != i && !c.dropped && samePlace(c, later) && c.event.date.isValid() &&
                c.event.date < later.event.date && c.event.to == later.event.to &&
                c.event.kind == EventKind::Capture && (!first || c.event.date > first->event.date))
                first = &c;
        }
        if (!first)
            continue;
        // the text may say when the loser took it back
        const bool retakingStated =
            std::any_of(mCandidates.begin(), mCandidates.begin() + count, [&](const Candidate &c) {
                return !c.dropped && samePlace(c, later) && c.event.to == later.event.from &&
                       c.event.kind != EventKind::Hold && c.event.date.isValid() &&
                       c.event.date >= first->event.date && c.event.date <= later.event.date;
            });
        if (retakingStated)
            continue;
        Candidate retaking = later;
        retaking.again = false;
        ControlEvent &event = retaking.event;
        event.to = later.event.from;
        event.from = later.event.to;
        event.earliest = first->event.date;
        event.latest = later.event.date;
        event.date = event.earliest.addDays(event.earliest.daysTo(event.latest) / 2);
        event.precision =
            event.earliest.daysTo(event.latest) <= 14 ? DatePrecision::Week : DatePrecision::Month;
        event.confidence = std::max(0.05, later.event.confidence - 0.4);
        event.dateNote = QStringLiteral("implied: taken back between %1 and %2, since it was taken again")
                             .arg(event.earliest.toString(Qt::ISODate), event.latest.toString(Qt::ISODate));
        retaking.dateRank = InheritedDate;
        mCandidates.append(retaking);
    }
}

void Extraction::mergeSameFacts()
{
    for (int i = 0; i < mCandidates.size(); ++i) {
        Candidate &a = mCandidates[i];
        if (a.dropped)
            continue;
        for (int j = 0; j < i; ++j) {
            Candidate &b = mCandidates[j];
            if (b.dropped || !samePlace(a, b) || !kindsCompatible(a.event.kind, b.event.kind))
                continue;
            // "est entrée dans X, avant que l'armée ne chasse l'EI de la ville": two stages
            if (a.sentence == b.sentence && a.trigger != b.trigger && a.event.kind != b.event.kind)
                continue;
            if (a.event.to != Faction::Unknown && b.event.to != Faction::Unknown && a.event.to != b.event.to)
                continue;
            if (a.event.from != Faction::Unknown && b.event.from != Faction::Unknown &&
                a.event.from != b.event.from && a.event.kind != EventKind::Hold)
                continue;
            if (!datesCompatible(a, b))
                continue;
            // "mercredi, elles sont entrées dans la ville ... jeudi, elles l'ont prise": two stages
            if (a.event.kind != b.event.kind && a.dateRank == OwnDate && b.dateRank == OwnDate &&
                a.event.date != b.event.date)
                continue;
            // Keep the first statement's evidence; take the better-known roles and date.
            if (b.event.to == Faction::Unknown)
                b.event.to = a.event.to;
            if (b.event.from == Faction::Unknown)
                b.event.from = a.event.from;
            // the better-sourced date; of two own dates, the narrower ("le 11 décembre" over
            // "en décembre")
            if (a.dateRank > b.dateRank ||
                (a.dateRank == b.dateRank && a.event.date.isValid() &&
                 precisionRank(a.event.precision) < precisionRank(b.event.precision))) {
                b.event.date = a.event.date;
                b.event.precision = a.event.precision;
                b.event.earliest = a.event.earliest;
                b.event.latest = a.event.latest;
                b.event.dateNote = a.event.dateNote;
                b.dateRank = a.dateRank;
            }
            b.event.confidence = std::min(1.0, std::max(a.event.confidence, b.event.confidence) + 0.05);
            b.again = b.again || a.again;
            a.dropped = true;
            break;
        }
    }
}

ControlEvents Extraction::run(const QString &folder, const QString &file)
{
    mSentenceDate.fill(DateChoice{}, mSentences.size());
    for (int s = 0; s < mSentences.size(); ++s) {
        // Sentences with their own time expression set the date later ones inherit.
        for (const TemporalMention &time : mTimes)
            if (time.isValid() && !time.namesEarlierEvent && time.firstToken >= mSentenceFirst.at(s) &&
                time.lastToken <= mSentenceEnd.at(s)) {
                mSentenceDate[s] = {time.date,      time.earliest, time.latest,
                                    time.precision, time.note,     OwnDate};
                break;
            }
        for (const FrameMatch &match :
             mFrames.findTriggers(mTokens, mSentenceFirst.at(s), mSentenceEnd.at(s), mTimeSkip))
            readFrame(s, match);
    }
    applyDenials();
    fillOpenRoles();
    mergeSameFacts();
    // losers after merging: a statement's own loser beats the article's usual one
    fillLosers();
    applyPriors();
    mergeSameFacts();
    inferRetakings();
    ControlEvents events;
    for (const Candidate &c : mCandidates) {
        if (c.dropped)
            continue;
        ControlEvent event = c.event;
        event.folder = folder;
        event.file = file;
        events.append(event);
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const ControlEvent &a, const ControlEvent &b) { return a.offset < b.offset; });
    return events;
}

} // namespace

EventExtractor::EventExtractor(const ActorLexicon &actors, const FrameLexicon &frames,
                               const TemporalResolver &temporal, const SentenceSplitter &splitter,
                               PlaceFinder places, ExtractionPriors priors)
    : mActors(actors), mFrames(frames), mTemporal(temporal), mSplitter(splitter), mPlaces(std::move(places)),
      mPriors(std::move(priors))
{}

// An article and its Extraction as read, before any publication date: copies of it (cheap, the
// containers are shared) are dated and run.
class ArticleReading
{
public:
    ArticleReading(const ActorLexicon &actors, const FrameLexicon &frames, const SentenceSplitter &splitter,
                   const PlaceFinder &finder, const ExtractionPriors &priors, const Article &article)
        : mArticle(article),
          mRead(actors, frames, splitter, finder, priors, mArticle.text, mArticle.boilerplate)
    {}

    const Article mArticle;
    const Extraction mRead;
};

ControlEvents EventExtractor::extract(const Article &article, PlaceScope scope) const
{
    Extraction extraction(mActors, mFrames, mSplitter, mPlaces, mPriors, article.text, article.boilerplate);
    extraction.setPublished(mTemporal, article.published);
    if (scope == PlaceScope::TownsAndProvinces)
        extraction.includeProvinces();
    return extraction.run(article.folder, article.file);
}

std::shared_ptr<const ArticleReading> EventExtractor::read(const Article &article) const
{
    return std::make_shared<const ArticleReading>(mActors, mFrames, mSplitter, mPlaces, mPriors, article);
}

ControlEvents EventExtractor::extract(const ArticleReading &reading, const QDate &published,
                                      PlaceScope scope) const
{
    Extraction extraction = reading.mRead;
    extraction.setPublished(mTemporal, published);
    if (scope == PlaceScope::TownsAndProvinces)
        extraction.includeProvinces();
    return extraction.run(reading.mArticle.folder, reading.mArticle.file);
}

ControlEvents EventExtractor::extractText(const QString &text, const QDate &published,
                                          const QString &file) const
{
    Article article;
    article.text = text;
    article.published = published;
    article.file = file;
    return extract(article);
}

} // namespace cm
