#pragma once

#include "conflictmap/controlevent.h"
#include "conflictmap/diagnostic.h"
#include "conflictmap/tokenizer.h"

#include <QString>
#include <QVector>
#include <memory>
#include <vector>

namespace cm {

/** How the roles of an event frame are read around its trigger (see resources/lexicon/frames.tsv). */
enum class FrameClass {
    Gain,           ///< SUBJECT(to) TRIGGER PLACE [à LOSER]; passive: PLACE TRIGGER par WINNER
    Expel,          ///< SUBJECT(to) TRIGGER LOSER de PLACE
    Loss,           ///< SUBJECT(from) TRIGGER PLACE [au profit de WINNER]
    Fall,           ///< PLACE TRIGGER [aux mains de WINNER]
    Nominal,        ///< TRIGGER de PLACE [par WINNER]
    NominalLoss,    ///< TRIGGER de PLACE; the clause's actor is the loser
    Enter,          ///< SUBJECT(to) TRIGGER dans PLACE: partial
    HoldSubject,    ///< SUBJECT(to) TRIGGER PLACE: hold
    HoldBy,         ///< PLACE TRIGGER WINNER: hold
    HoldDescriptor, ///< PLACE, TRIGGER de WINNER: hold
    Remain          ///< il ne reste à WINNER que PLACE: hold
};

/** Types of cue words (resources/lexicon/cues.tsv). */
enum class CueType {
    Modal,
    Negation,
    Denial,
    Partial,
    NotObject,
    Compass,
    PlaceNoun,
    AuxPassive,
    Determiner,
    ClauseBreak,
    Skip,
    Bridge,
    Beneficiary,
    Again,
    Route,
    Accomplished, ///< "vient de", "sont parvenus à": the infinitive after it states a fact
    Now,          ///< "contrôlent désormais X": the state has just begun, a change
    Claim         ///< "annonce", "revendique", "a achevé": its subject won the nominal after it
};

/** A frame of frames.tsv. */
struct Frame {
    QString pattern;
    FrameClass frameClass = FrameClass::Gain;
    EventKind kind = EventKind::Capture;
    int line = 0; ///< line in the file, for diagnostics and notes
};

/** A frame trigger found in tokens. */
struct FrameMatch {
    int frame = -1; ///< index into FrameLexicon::frames()
    int firstToken = 0;
    int lastToken = 0; ///< one past the last token
};

/** The event frames and cue words. Immutable once loaded; safe to share between threads. */
class FrameLexicon
{
public:
    FrameLexicon();
    ~FrameLexicon();
    FrameLexicon(const FrameLexicon &) = delete;
    FrameLexicon &operator=(const FrameLexicon &) = delete;

    /** Loads frames.tsv, cues.tsv and fillers.txt from a folder; bad lines are reported and
     *  skipped. Returns false when a file cannot be read. */
    bool load(const QString &directory, Diagnostics *diagnostics = nullptr);
    /** load(Resources::path("lexicon")). */
    bool loadDefault(Diagnostics *diagnostics = nullptr);

    const QVector<Frame> &frames() const;

    /** Triggers in tokens[begin, end), left to right, the longest at each position. */
    QVector<FrameMatch> findTriggers(const Tokens &tokens, int begin, int end) const;
    /** Same, where a span of tokens t..skipTo[t] (skipTo[t] > t; a time expression) may sit
     *  between the words of a trigger ("sont entrés jeudi dans"). skipTo is indexed by token. */
    QVector<FrameMatch> findTriggers(const Tokens &tokens, int begin, int end,
                                     const std::vector<int> &skipTo) const;

    /** If a cue of this type starts at tokens[index], the token after it, else -1; `value`
     *  gets the cue's number (the reach of a modal cue). */
    int cueAt(CueType type, const Tokens &tokens, int index, int limit, int *value = nullptr) const;
    /** Whether one word is a cue of this type. */
    bool isCue(CueType type, const QString &word) const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace cm
