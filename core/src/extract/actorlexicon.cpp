#include "conflictmap/actorlexicon.h"

#include "conflictmap/resources.h"
#include "conflictmap/textnormalize.h"
#include "text/lexiconfile.h"
#include "text/phrasematcher.h"
#include "text/wordtable.h"

#include <QHash>
#include <QSet>

namespace cm {

struct ActorLexicon::Data {
    struct Entry {
        Faction faction = Faction::Unknown;
        ActorReference reference = ActorReference::Name;
        bool pronoun = false;
        bool capital = false; ///< a capital standing for its government: an actor only in an actor's slot
        QString surface;
        QString group; ///< national mentions: the group of national.tsv
    };
    QVector<Entry> entries;
    PhraseMatcher actors;
    PhraseMatcher support;
    /** By word id: determiners, prepositions and head nouns, to test tokens without their text. */
    std::vector<char> determinerIds, prepositionIds, headIds, capitalVerbIds;
    static void mark(std::vector<char> &table, const QString &word)
    {
        const int id = WordTable::instance().addWord(word);
        if (id >= int(table.size()))
            table.resize(size_t(id) + 1, 0);
        table[size_t(id)] = 1;
    }
    static bool marked(const std::vector<char> &table, const Token &token)
    {
        return token.wordId >= 0 && token.wordId < int(table.size()) && table[size_t(token.wordId)];
    }
    QVector<QString> singleWords; ///< one-word names, for the typing-error lookup
    QVector<Faction> singleFactions;
    QHash<QString, Faction> nationalForces; ///< "group:country" → faction ("state:IQ" → iraq)
};

namespace {

const QSet<QString> &prepositions()
{
    static const QSet<QString> set{QStringLiteral("de"),     QStringLiteral("d'"),   QStringLiteral("du"),
                                   QStringLiteral("des"),    QStringLiteral("a"),    QStringLiteral("au"),
                                   QStringLiteral("aux"),    QStringLiteral("par"),  QStringLiteral("pour"),
                                   QStringLiteral("contre"), QStringLiteral("avec"), QStringLiteral("sur"),
                                   QStringLiteral("face"),   QStringLiteral("chez"), QStringLiteral("selon"),
                                   QStringLiteral("entre"),  QStringLiteral("vers"), QStringLiteral("envers"),
                                   QStringLiteral("parmi"),  QStringLiteral("sans"), QStringLiteral("comme")};
    return set;
}

const QSet<QString> &determiners()
{
    static const QSet<QString> set{QStringLiteral("le"),   QStringLiteral("la"),    QStringLiteral("les"),
                                   QStringLiteral("l'"),   QStringLiteral("un"),    QStringLiteral("une"),
                                   QStringLiteral("son"),  QStringLiteral("sa"),    QStringLiteral("ses"),
                                   QStringLiteral("leur"), QStringLiteral("leurs"), QStringLiteral("ce"),
                                   QStringLiteral("ces"),  QStringLiteral("cet"),   QStringLiteral("cette"),
                                   QStringLiteral("\""),   QStringLiteral("(")};
    return set;
}

bool withinOneEdit(const QString &a, const QString &b)
{
    const int la = a.size(), lb = b.size();
    if (qAbs(la - lb) > 1)
        return false;
    int i = 0, j = 0, edits = 0;
    while (i < la && j < lb) {
        if (a.at(i) == b.at(j)) {
            ++i;
            ++j;
            continue;
        }
        if (++edits > 1)
            return false;
        if (la > lb)
            ++i;
        else if (lb > la)
            ++j;
        else {
            ++i;
            ++j;
        }
    }
    return edits + (la - i) + (lb - j) <= 1;
}

} // namespace

ActorLexicon::ActorLexicon() : d(std::make_unique<Data>()) {}
ActorLexicon::~ActorLexicon() = default;

bool ActorLexicon::isEmpty() const
{
    return d->entries.isEmpty();
}

bool ActorLexicon::loadDefault(Diagnostics *diagnostics)
{
    return load(Resources::path(QStringLiteral("lexicon/actors.tsv")),
                Resources::path(QStringLiteral("lexicon/actor_cues.tsv")), diagnostics) &&
           loadNational(Resources::path(QStringLiteral("lexicon/national.tsv")), diagnostics);
}

bool ActorLexicon::loadNational(const QString &path, Diagnostics *diagnostics)
{
    QVector<LexiconRow> rows;
    if (!readLexiconFile(path, 3, &rows, diagnostics))
        return false;
    for (const LexiconRow &row : rows) {
        const Faction faction = factionFromId(row.columns.at(2));
        if (faction == Faction::Unknown) {
            if (diagnostics)
                diagnostics->append({path, row.line,
                                     QStringLiteral("unknown faction '%1'").arg(row.columns.at(2)),
                                     Diagnostic::Severity::Warning});
            continue;
        }
        d->nationalForces.insert(row.columns.at(0) + QLatin1Char(':') + row.columns.at(1).toUpper(), faction);
    }
    return true;
}

bool ActorLexicon::load(const QString &actorsPath, const QString &cuesPath, Diagnostics *diagnostics)
{
    QVector<LexiconRow> rows;
    if (!readLexiconFile(actorsPath, 3, &rows, diagnostics))
        return false;
    for (const QString &word : determiners())
        Data::mark(d->determinerIds, word);
    for (const QString &word : prepositions())
        Data::mark(d->prepositionIds, word);
    for (const LexiconRow &row : rows) {
        Data::Entry entry;
        entry.surface = foldText(row.columns.at(0));
        const QString type = row.columns.at(2);
        if (type == QLatin1String("name"))
            entry.reference = ActorReference::Name;
        else if (type == QLatin1String("capital")) {
            entry.reference = ActorReference::Name;
            entry.capital = true;
        } else if (type == QLatin1String("generic"))
            entry.reference = ActorReference::Generic;
        else if (type == QLatin1String("national"))
            entry.reference = ActorReference::National;
        else if (type == QLatin1String("anaphor") || type == QLatin1String("pronoun")) {
            entry.reference = ActorReference::Anaphor;
            entry.pronoun = type == QLatin1String("pronoun");
        } else {
            if (diagnostics)
                diagnostics->append({actorsPath, row.line,
                                     QStringLiteral("unknown actor type '%1'").arg(type),
                                     Diagnostic::Severity::Warning});
            continue;
        }
        entry.faction = factionFromId(row.columns.at(1));
        if (entry.reference == ActorReference::National)
            entry.group = row.columns.at(1);
        if (entry.faction == Faction::Unknown && entry.reference != ActorReference::Anaphor &&
            entry.reference != ActorReference::National) {
            if (diagnostics)
                diagnostics->append({actorsPath, row.line,
                                     QStringLiteral("unknown faction '%1'").arg(row.columns.at(1)),
                                     Diagnostic::Severity::Warning});
            continue;
        }
        if (!d->actors.add(entry.surface, d->entries.size()))
            continue;
        if (!entry.surface.contains(QLatin1Char(' ')) && entry.reference != ActorReference::Anaphor &&
            entry.reference != ActorReference::National && !entry.capital) {
            QString word = entry.surface;
            word.remove(QLatin1Char('*'));
            d->singleWords.append(word);
            d->singleFactions.append(entry.faction);
        }
        d->entries.append(entry);
    }
    if (cuesPath.isEmpty())
        return true;
    QVector<LexiconRow> cues;
    if (!readLexiconFile(cuesPath, 2, &cues, diagnostics))
        return false;
    for (const LexiconRow &row : cues) {
        const QString cue = foldText(row.columns.at(0));
        const QString type = row.columns.at(1);
        if (type == QLatin1String("support"))
            d->support.add(cue, 0);
        else if (type == QLatin1String("head")) {
            Data::mark(d->headIds, cue);
        } else if (type == QLatin1String("capital-verb")) {
            Data::mark(d->capitalVerbIds, cue);
        } else if (diagnostics)
            diagnostics->append({cuesPath, row.line, QStringLiteral("unknown cue type '%1'").arg(type),
                                 Diagnostic::Severity::Warning});
    }
    return true;
}

// A capital after "par"/"pour" or a head noun ("les forces de Damas"), or opening a clause
// right before its verb ("Damas a repris", "Bagdad reprend"), stands for its government.
bool ActorLexicon::capitalAsActor(const Tokens &tokens, int begin, int end) const
{
    const QStringView before = begin > 0 ? tokens.at(begin - 1).text : QStringView();
    if (before == QLatin1String("par") || before == QLatin1String("pour"))
        return true;
    if ((before == QLatin1String("de") || before == QLatin1String("d'") || before == QLatin1String("du")) &&
        begin >= 2 && Data::marked(d->headIds, tokens.at(begin - 2)))
        return true;
    const bool opensClause = begin == 0 || !tokens.at(begin - 1).word || before == QLatin1String("et") ||
                             before == QLatin1String("mais");
    return opensClause && end < tokens.size() && Data::marked(d->capitalVerbIds, tokens.at(end));
}

QVector<ActorMention> ActorLexicon::find(const QString &text) const
{
    const QString folded = foldTextSameLength(text);
    return find(tokenize(folded));
}

QVector<ActorMention> ActorLexicon::find(const Tokens &tokens) const
{
    return find(tokens, {});
}

QVector<ActorMention> ActorLexicon::find(const Tokens &tokens,
                                         const std::function<QString(int token)> &countryNear) const
{
    QVector<ActorMention> mentions;
    const int count = tokens.size();
    // Tokens right after a support cue ("soutenus par l'armée turque").
    QVector<int> supportEnds;
    for (int i = 0; i < count;) {
        if (!d->support.mayStartAt(tokens.at(i)) && !d->actors.mayStartAt(tokens.at(i))) {
            ++i;
            continue;
        }
        const PhraseMatcher::Match support = d->support.longestAt(tokens, i, count);
        if (support.isValid()) {
            supportEnds.append(support.end);
            i = support.end;
            continue;
        }
        const PhraseMatcher::Match match = d->actors.longestAt(tokens, i, count);
        if (!match.isValid()) {
            ++i;
            continue;
        }
        const Data::Entry &entry = d->entries.at(match.payload);
        ActorMention mention;
        mention.firstToken = match.begin;
        mention.lastToken = match.end;
        mention.start = tokens.at(match.begin).start;
        mention.length = tokens.at(match.end - 1).end() - mention.start;
        mention.faction = entry.faction;
        mention.reference = entry.reference;
        mention.entry = match.payload;
        int before = match.begin - 1;
        while (before >= 0 && Data::marked(d->determinerIds, tokens.at(before)))
            --before;
        // "par des brigades rebelles": a fighter noun before the name belongs to the mention
        if (before >= 0 && before == match.begin - 1 && Data::marked(d->headIds, tokens.at(before)) &&
            (mentions.isEmpty() || mentions.last().lastToken <= before)) {
            mention.firstToken = before;
            mention.start = tokens.at(before).start;
            mention.length = tokens.at(match.end - 1).end() - mention.start;
            --before;
            while (before >= 0 && Data::marked(d->determinerIds, tokens.at(before)))
                --before;
        }
        // "par des rebelles": "des" is the indefinite article after the preposition
        if (before >= 1 && tokens.at(before).text == QLatin1String("des") &&
            (tokens.at(before - 1).text == QLatin1String("par") ||
             tokens.at(before - 1).text == QLatin1String("pour") ||
             tokens.at(before - 1).text == QLatin1String("contre")))
            --before;
        // "des" opening a clause is the indefinite article ("Des rebelles ont pris…").
        const bool article = before >= 0 && tokens.at(before).text == QLatin1String("des") &&
                             (before == 0 || !tokens.at(before - 1).word);
        if (before >= 0 && !article && Data::marked(d->prepositionIds, tokens.at(before))) {
            mention.role = ActorRole::Prepositional;
            mention.preposition = tokens.at(before).text.toString();
        }
        for (int supportEnd : supportEnds)
            if (supportEnd <= match.begin && match.begin - supportEnd <= 2)
                mention.role = ActorRole::Support;
        // "les combattants de l'EI": the head word stands for the faction after "de".
        if (mention.role == ActorRole::Prepositional &&
            (mention.preposition == QLatin1String("de") || mention.preposition == QLatin1String("d'") ||
             mention.preposition == QLatin1String("du") || mention.preposition == QLatin1String("des")) &&
            before >= 1 && Data::marked(d->headIds, tokens.at(before - 1))) {
            if (!mentions.isEmpty() && mentions.last().lastToken == before &&
                mentions.last().reference != ActorReference::Name) {
                mention.role = mentions.last().role;
                mention.preposition = mentions.last().preposition;
                mention.firstToken = mentions.last().firstToken;
                mention.length = mention.end() - mentions.last().start;
                mention.start = mentions.last().start;
                mentions.removeLast();
            } else {
                mention.role = ActorRole::Plain;
                mention.preposition.clear();
            }
        }
        // "perdue par Damas", "les forces de Bagdad", "Ankara a lancé…": a capital is its
        // government only in an actor's slot; elsewhere it is the town
        if (entry.capital && !capitalAsActor(tokens, match.begin, match.end)) {
            i = match.end;
            continue;
        }
        // "les peshmergas kurdes": a name right after a name describes it.
        if (!mentions.isEmpty() && mentions.last().lastToken == match.begin &&
            mentions.last().reference != ActorReference::Anaphor &&
            entry.reference != ActorReference::Anaphor) {
            mentions.last().lastToken = match.end;
            mentions.last().length = mention.end() - mentions.last().start;
            i = match.end;
            continue;
        }
        mention.pronoun = entry.pronoun;
        mentions.append(mention);
        i = match.end;
    }
    // A reference word right before a name is part of it ("le groupe Etat islamique").
    for (int m = mentions.size() - 2; m >= 0; --m) {
        if (mentions.at(m).reference == ActorReference::Anaphor &&
            mentions.at(m + 1).firstToken == mentions.at(m).lastToken &&
            mentions.at(m + 1).reference != ActorReference::Anaphor) {
            ActorMention merged = mentions.at(m + 1);
            merged.length = merged.end() - mentions.at(m).start;
            merged.start = mentions.at(m).start;
            merged.firstToken = mentions.at(m).firstToken;
            merged.role = mentions.at(m).role;
            merged.preposition = mentions.at(m).preposition;
            mentions[m] = merged;
            mentions.remove(m + 1);
        }
    }
    // Resolve references against the faction named last; pronouns against the subject (the
    // first plain mention) of the current or the previous clause run.
    Faction last = Faction::Unknown;
    Faction subject = Faction::Unknown;
    Faction previousSubject = Faction::Unknown;
    int lastStop = -1;
    auto sentenceStopBetween = [&](int from, int to) {
        for (int t = std::max(0, from); t < to && t < count; ++t)
            if (tokens.at(t).text == QLatin1String(".") || tokens.at(t).text == QLatin1String("!") ||
                tokens.at(t).text == QLatin1String("?"))
                return t;
        return -1;
    };
    int previousEnd = 0;
    for (ActorMention &mention : mentions) {
        const int stop = sentenceStopBetween(previousEnd, mention.firstToken);
        previousEnd = mention.lastToken;
        if (stop >= 0 && stop != lastStop) {
            lastStop = stop;
            if (subject != Faction::Unknown)
                previousSubject = subject;
            subject = Faction::Unknown;
        }
        if (mention.reference == ActorReference::Anaphor) {
            if (mention.pronoun)
                mention.faction = subject != Faction::Unknown           ? subject
                                  : previousSubject != Faction::Unknown ? previousSubject
                                                                        : last;
            else
                mention.faction = last;
            if (subject == Faction::Unknown && mention.role == ActorRole::Plain)
                subject = mention.faction;
            continue;
        }
        if (mention.reference == ActorReference::National) {
            const QString &group = d->entries.at(mention.entry).group;
            const QString country = countryNear ? countryNear(mention.firstToken).toUpper() : QString();
            mention.faction = d->nationalForces.value(group + QLatin1Char(':') + country,
                                                      d->nationalForces.value(group + QStringLiteral(":*")));
            if (mention.faction == Faction::Unknown)
                continue; // whose army is not said: it names nobody, and is not "the last named"
        }
        if (subject == Faction::Unknown && mention.role == ActorRole::Plain)
            subject = mention.faction;
        // Both IS and al-Nusra are "jihadistes": a generic word keeps an al-Nusra context.
        if (mention.reference == ActorReference::Generic && last == Faction::Nusra &&
            mention.faction == Faction::Isis)
            mention.faction = Faction::Nusra;
        if (mention.role != ActorRole::Support)
            last = mention.faction;
    }
    return mentions;
}

Faction ActorLexicon::lookup(const QString &foldedPhrase) const
{
    const Tokens tokens = tokenize(foldedPhrase);
    if (tokens.isEmpty())
        return Faction::Unknown;
    const PhraseMatcher::Match match = d->actors.longestAt(tokens, 0, tokens.size());
    if (match.isValid() && match.end == tokens.size())
        return d->entries.at(match.payload).faction;
    if (tokens.size() != 1 || tokens.first().text.size() < 8)
        return Faction::Unknown;
    const QString word = tokens.first().text.toString();
    for (int i = 0; i < d->singleWords.size(); ++i) {
        const QString &candidate = d->singleWords.at(i);
        if (candidate.size() < 7)
            continue;
        // Compare with the plural too ("jihadiste" is listed, "djhadistes" is written).
        if (withinOneEdit(word, candidate) || withinOneEdit(word, candidate + QLatin1Char('s')))
            return d->singleFactions.at(i);
    }
    return Faction::Unknown;
}

} // namespace cm
