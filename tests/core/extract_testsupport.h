// Shared by the extraction tests: the lexicons from resources/ and the real Gazetteer and
// ToponymResolver over tests/data/extract/gazetteer/mini.tsv (invented towns), so the tests do
// not depend on the real gazetteer's contents.
#pragma once

#include "conflictmap/actorlexicon.h"
#include "conflictmap/eventextractor.h"
#include "conflictmap/framelexicon.h"
#include "conflictmap/gazetteer.h"
#include "conflictmap/resources.h"
#include "conflictmap/sentencesplitter.h"
#include "conflictmap/temporalresolver.h"
#include "conflictmap/textnormalize.h"
#include "conflictmap/toponymresolver.h"

#include <QFile>
#include <QStringList>
#include <memory>

namespace cmtest {

/** Lexicons loaded once from resources/lexicon, and an extractor over the mini gazetteer. */
struct Lexicons {
    cm::Gazetteer gazetteer;
    std::unique_ptr<cm::ToponymResolver> resolver;
    cm::ActorLexicon actors;
    cm::FrameLexicon frames;
    cm::TemporalResolver temporal;
    cm::SentenceSplitter splitter;
    cm::Diagnostics diagnostics;
    std::unique_ptr<cm::EventExtractor> extractor;

    Lexicons()
    {
        cm::Resources::setDirectory(QStringLiteral(CM_RESOURCES));
        actors.loadDefault(&diagnostics);
        frames.loadDefault(&diagnostics);
        temporal.loadDefault(&diagnostics);
        splitter.loadAbbreviations(cm::Resources::path(QStringLiteral("lexicon/abbreviations.txt")),
                                   &diagnostics);
        cm::ExtractionPriors priors;
        priors.load(cm::Resources::path(QStringLiteral("lexicon/priors.tsv")), &diagnostics);
        gazetteer.loadTable(QStringLiteral(CM_TEST_DATA "/extract/gazetteer/mini.tsv"), &diagnostics);
        resolver = std::make_unique<cm::ToponymResolver>(gazetteer);
        extractor = std::make_unique<cm::EventExtractor>(actors, frames, temporal, splitter,
                                                         cm::toponymPlaceFinder(*resolver), priors);
    }

    static Lexicons &instance()
    {
        static Lexicons lexicons;
        return lexicons;
    }
};

inline cm::ControlEvents extract(const QString &text, const QDate &published)
{
    return Lexicons::instance().extractor->extractText(text, published, QStringLiteral("test.txt"));
}

} // namespace cmtest
