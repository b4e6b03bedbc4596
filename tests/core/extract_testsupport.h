// Shared by the extraction tests: the lexicons from resources/ and a small place finder over
// tests/data/extract/gazetteer/mini.tsv (invented towns), so the tests do not depend on the
// real gazetteer's contents.
#pragma once

#include "conflictmap/actorlexicon.h"
#include "conflictmap/eventextractor.h"
#include "conflictmap/framelexicon.h"
#include "conflictmap/resources.h"
#include "conflictmap/sentencesplitter.h"
#include "conflictmap/temporalresolver.h"
#include "conflictmap/textnormalize.h"

#include <QFile>
#include <QStringList>
#include <memory>

namespace cmtest {

inline QVector<cm::PlaceHit> miniPlaces()
{
    QVector<cm::PlaceHit> places;
    QFile file(QStringLiteral(CM_TEST_DATA "/extract/gazetteer/mini.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return places;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList c = lines.at(i).split(QLatin1Char('\t'));
        if (c.size() < 11)
            continue;
        cm::PlaceHit hit;
        hit.id = c.at(0);
        hit.name = c.at(3);
        hit.lat = c.at(4).toDouble();
        hit.lon = c.at(5).toDouble();
        hit.country = c.at(6);
        hit.kind = cm::placeKindFromId(c.at(8));
        for (const QString &name : c.at(10).split(QLatin1Char('|'))) {
            hit.surface = name;
            places.append(hit);
        }
    }
    return places;
}

/** Finds the mini gazetteer's names as whole words; "province de X" marks a province. */
inline cm::PlaceFinder miniFinder()
{
    const QVector<cm::PlaceHit> places = miniPlaces();
    return [places](const QString &text) {
        const QString folded = cm::foldTextSameLength(text);
        QVector<cm::PlaceHit> hits;
        for (const cm::PlaceHit &place : places) {
            const QString name = cm::foldText(place.surface);
            int at = 0;
            while ((at = folded.indexOf(name, at)) >= 0) {
                const int end = at + name.size();
                const bool startOk = at == 0 || !folded.at(at - 1).isLetterOrNumber();
                const bool endOk = end >= folded.size() || !folded.at(end).isLetterOrNumber();
                if (startOk && endOk) {
                    cm::PlaceHit hit = place;
                    hit.start = at;
                    hit.length = name.size();
                    hit.surface = text.mid(at, name.size());
                    hit.province = folded.left(at).endsWith(QLatin1String("province de "));
                    hits.append(hit);
                }
                at = end;
            }
        }
        std::sort(hits.begin(), hits.end(),
                  [](const cm::PlaceHit &a, const cm::PlaceHit &b) { return a.start < b.start; });
        return hits;
    };
}

/** Lexicons loaded once from resources/lexicon, and an extractor over the mini gazetteer. */
struct Lexicons {
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
        extractor =
            std::make_unique<cm::EventExtractor>(actors, frames, temporal, splitter, miniFinder(), priors);
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
