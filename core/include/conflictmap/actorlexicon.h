#pragma once

#include "conflictmap/diagnostic.h"
#include "conflictmap/faction.h"
#include "conflictmap/tokenizer.h"

#include <QString>
#include <QVector>
#include <functional>
#include <memory>

namespace cm {

/** How an actor mention names its faction. */
enum class ActorReference {
    Name,    ///< names the faction ("l'armée syrienne", "Daech")
    Generic, ///< a common word with a default faction ("les jihadistes")
    Anaphor, ///< refers to the faction named last ("le groupe", "ils", "elle")
    National ///< the state forces of the country the sentence is about ("l'armée")
};

/** How an actor mention takes part in its sentence, from the words around it. */
enum class ActorRole {
    Plain,         ///< may be a subject
    Prepositional, ///< after de/à/par/pour/contre…: a complement, not the subject
    Support        ///< after "soutenus par", "avec l'appui de": only helps the actor before it
};

/** A faction named in a text. */
struct ActorMention {
    int start = 0;  ///< character offset in the text searched
    int length = 0; ///< characters
    int firstToken = 0;
    int lastToken = 0;                  ///< one past the last token
    Faction faction = Faction::Unknown; ///< after reference resolution; Unknown for an unresolved anaphor
    ActorReference reference = ActorReference::Name;
    ActorRole role = ActorRole::Plain;
    QString preposition;  ///< the preposition before the mention ("a", "par", "de"…), empty if none
    bool pronoun = false; ///< "ils", "elle": refers to a subject rather than to the last name
    int entry = -1;       ///< the lexicon row matched (internal)
    int end() const { return start + length; }
};

/** The ways French news names each faction (resources/lexicon/actors.tsv) and the cue words
 *  around them (actor_cues.tsv). Immutable once loaded; safe to share between threads. */
class ActorLexicon
{
public:
    ActorLexicon();
    ~ActorLexicon();
    ActorLexicon(const ActorLexicon &) = delete;
    ActorLexicon &operator=(const ActorLexicon &) = delete;

    /** Loads the actor table and, if `cuesPath` is not empty, the cue table; bad lines are
     *  reported and skipped. Returns false when a file cannot be read. */
    bool load(const QString &actorsPath, const QString &cuesPath, Diagnostics *diagnostics = nullptr);
    /** Reads national.tsv (group, country, faction): whose forces a national mention names. */
    bool loadNational(const QString &path, Diagnostics *diagnostics = nullptr);
    /** Loads actors.tsv, actor_cues.tsv and national.tsv from resources/lexicon (cm::Resources). */
    bool loadDefault(Diagnostics *diagnostics = nullptr);
    bool isEmpty() const;

    /** Actor mentions among tokens of a folded text, in order, longest match first, with
     *  roles set and references resolved ("le groupe" gets the faction named last; "les
     *  jihadistes de HTS" becomes HTS). */
    QVector<ActorMention> find(const Tokens &tokens) const;
    /** As find(tokens); `countryNear(token)` gives the ISO country a token's sentence is about
     *  (empty if unknown), which makes national mentions ("l'armée") a faction
     *  (resources/lexicon/national.tsv). Without it they stay Unknown. */
    QVector<ActorMention> find(const Tokens &tokens,
                               const std::function<QString(int token)> &countryNear) const;
    /** Convenience: folds and tokenizes text, then find(tokens). */
    QVector<ActorMention> find(const QString &text) const;

    /** The faction of a single word or phrase, tolerating one typing error in words of eight
     *  letters or more ("djhadistes"); Unknown when none. */
    Faction lookup(const QString &foldedPhrase) const;

private:
    bool capitalAsActor(const Tokens &tokens, int begin, int end) const;

    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace cm
