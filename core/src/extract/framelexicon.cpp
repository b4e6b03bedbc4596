#include "conflictmap/framelexicon.h"

#include "conflictmap/resources.h"
#include "conflictmap/textnormalize.h"
#include "text/lexiconfile.h"
#include "text/phrasematcher.h"

#include "text/wordtable.h"

#include <QHash>
#include <array>

namespace cm {

struct FrameLexicon::Data {
    QVector<Frame> frames;
    PhraseMatcher triggers;
    PhraseMatcher fillers;
    std::array<PhraseMatcher, int(CueType::Claim) + 1> cues; ///< by CueType
};

namespace {

const QHash<QString, FrameClass> &classIds()
{
    static const QHash<QString, FrameClass> ids{{QStringLiteral("gain"), FrameClass::Gain},
                                                {QStringLiteral("expel"), FrameClass::Expel},
                                                {QStringLiteral("loss"), FrameClass::Loss},
                                                {QStringLiteral("fall"), FrameClass::Fall},
                                                {QStringLiteral("nominal"), FrameClass::Nominal},
                                                {QStringLiteral("nomloss"), FrameClass::NominalLoss},
                                                {QStringLiteral("enter"), FrameClass::Enter},
                                                {QStringLiteral("holdsubj"), FrameClass::HoldSubject},
                                                {QStringLiteral("holdby"), FrameClass::HoldBy},
                                                {QStringLiteral("holddesc"), FrameClass::HoldDescriptor},
                                                {QStringLiteral("remain"), FrameClass::Remain}};
    return ids;
}

const QHash<QString, CueType> &cueIds()
{
    static const QHash<QString, CueType> ids{{QStringLiteral("modal"), CueType::Modal},
                                             {QStringLiteral("negation"), CueType::Negation},
                                             {QStringLiteral("denial"), CueType::Denial},
                                             {QStringLiteral("partial"), CueType::Partial},
                                             {QStringLiteral("notobject"), CueType::NotObject},
                                             {QStringLiteral("compass"), CueType::Compass},
                                             {QStringLiteral("placenoun"), CueType::PlaceNoun},
                                             {QStringLiteral("auxpassive"), CueType::AuxPassive},
                                             {QStringLiteral("determiner"), CueType::Determiner},
                                             {QStringLiteral("clausebreak"), CueType::ClauseBreak},
                                             {QStringLiteral("skip"), CueType::Skip},
                                             {QStringLiteral("bridge"), CueType::Bridge},
                                             {QStringLiteral("beneficiary"), CueType::Beneficiary},
                                             {QStringLiteral("again"), CueType::Again},
                                             {QStringLiteral("route"), CueType::Route},
                                             {QStringLiteral("accomplished"), CueType::Accomplished},
                                             {QStringLiteral("now"), CueType::Now},
                                             {QStringLiteral("claim"), CueType::Claim}};
    return ids;
}

} // namespace

FrameLexicon::FrameLexicon() : d(std::make_unique<Data>()) {}
FrameLexicon::~FrameLexicon() = default;

const QVector<Frame> &FrameLexicon::frames() const
{
    return d->frames;
}

bool FrameLexicon::loadDefault(Diagnostics *diagnostics)
{
    return load(Resources::path(QStringLiteral("lexicon")), diagnostics);
}

bool FrameLexicon::load(const QString &directory, Diagnostics *diagnostics)
{
    QVector<LexiconRow> fillers;
    if (!readLexiconFile(directory + QStringLiteral("/fillers.txt"), 1, &fillers, diagnostics))
        return false;
    for (const LexiconRow &row : fillers)
        d->fillers.add(foldText(row.columns.first()), 0);
    d->triggers.setFillers(&d->fillers);

    const QString framesPath = directory + QStringLiteral("/frames.tsv");
    QVector<LexiconRow> rows;
    if (!readLexiconFile(framesPath, 3, &rows, diagnostics))
        return false;
    for (const LexiconRow &row : rows) {
        Frame frame;
        frame.pattern = foldText(row.columns.at(0));
        frame.line = row.line;
        const auto cls = classIds().constFind(row.columns.at(1));
        if (cls == classIds().constEnd()) {
            if (diagnostics)
                diagnostics->append({framesPath, row.line,
                                     QStringLiteral("unknown frame class '%1'").arg(row.columns.at(1)),
                                     Diagnostic::Severity::Warning});
            continue;
        }
        frame.frameClass = cls.value();
        const QString kind = row.columns.at(2);
        if (kind != QLatin1String("capture") && kind != QLatin1String("partial") &&
            kind != QLatin1String("hold")) {
            if (diagnostics)
                diagnostics->append({framesPath, row.line, QStringLiteral("unknown kind '%1'").arg(kind),
                                     Diagnostic::Severity::Warning});
            continue;
        }
        frame.kind = eventKindFromId(kind);
        if (!d->triggers.add(frame.pattern, d->frames.size())) {
            if (diagnostics)
                diagnostics->append(
                    {framesPath, row.line, QStringLiteral("empty trigger"), Diagnostic::Severity::Warning});
            continue;
        }
        d->frames.append(frame);
    }

    const QString cuesPath = directory + QStringLiteral("/cues.tsv");
    QVector<LexiconRow> cues;
    if (!readLexiconFile(cuesPath, 2, &cues, diagnostics))
        return false;
    for (const LexiconRow &row : cues) {
        const auto type = cueIds().constFind(row.columns.at(1));
        if (type == cueIds().constEnd()) {
            if (diagnostics)
                diagnostics->append({cuesPath, row.line,
                                     QStringLiteral("unknown cue type '%1'").arg(row.columns.at(1)),
                                     Diagnostic::Severity::Warning});
            continue;
        }
        const int value = row.columns.size() > 2 ? row.columns.at(2).toInt() : 0;
        d->cues[size_t(type.value())].add(foldText(row.columns.at(0)), value);
    }
    return true;
}

QVector<FrameMatch> FrameLexicon::findTriggers(const Tokens &tokens, int begin, int end) const
{
    return findTriggers(tokens, begin, end, {});
}

QVector<FrameMatch> FrameLexicon::findTriggers(const Tokens &tokens, int begin, int end,
                                               const std::vector<int> &skipTo) const
{
    QVector<FrameMatch> matches;
    for (int i = begin; i < end;) {
        if (!d->triggers.mayStartAt(tokens.at(i))) {
            ++i;
            continue;
        }
        const PhraseMatcher::Match match =
            d->triggers.longestAt(tokens, i, end, skipTo.empty() ? nullptr : &skipTo);
        if (!match.isValid()) {
            ++i;
            continue;
        }
        matches.append({match.payload, match.begin, match.end});
        i = match.end;
    }
    return matches;
}

int FrameLexicon::cueAt(CueType type, const Tokens &tokens, int index, int limit, int *value) const
{
    if (index < 0 || index >= limit || index >= tokens.size())
        return -1;
    const PhraseMatcher &cues = d->cues[size_t(type)];
    if (!cues.mayStartAt(tokens.at(index)))
        return -1;
    const PhraseMatcher::Match match = cues.longestAt(tokens, index, limit);
    if (!match.isValid())
        return -1;
    if (value)
        *value = match.payload;
    return match.end;
}

bool FrameLexicon::isCue(CueType type, const QString &word) const
{
    Tokens tokens;
    tokens.append({0, int(word.size()), true, QStringView(word)});
    {
        QReadLocker locker(&WordTable::instance().lock());
        WordTable::instance().lookup(word, &tokens.first());
    }
    return cueAt(type, tokens, 0, 1) == 1;
}

} // namespace cm
