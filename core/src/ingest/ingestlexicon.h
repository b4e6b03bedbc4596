// The data files of resources/ingest/, loaded once and shared read-only by all threads.
#pragma once

#include "conflictmap/diagnostic.h"
#include "ingest/phraseindex.h"
#include "ingest/wordmap.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cm::ingest {

/** One token of a date shape (resources/ingest/dateshapes.txt). */
struct ShapeToken {
    enum Kind : quint8 { Day, Month, MonthName, Year4, Year2, Literal };
    Kind kind = Literal;
    QChar literal;
};

/** A boilerplate cue (resources/ingest/boilerplate.tsv), already a match key. */
struct BoilerplateCue {
    QString key;
    QString category;
};

/** Month and weekday names, date shapes, date-line cues and boilerplate cues. */
class IngestLexicon
{
public:
    /** The lexicon of the current resources folder, loaded on first use (thread-safe). */
    static const IngestLexicon &instance();

    /** Loads the files from a resources folder; problems go to diagnostics(). */
    explicit IngestLexicon(const QString &resourcesDirectory);

    WordMap months;   ///< folded name → 1..12
    WordMap weekdays; ///< folded name → 1 (Monday)..7
    QVector<QVector<ShapeToken>> dateShapes;

    QVector<QString> publishedCues; ///< match keys
    QVector<QString> updatedCues;
    QVector<QString> futureCues;
    QVector<QString> sourceCues;
    WordMap dateLineWords;         ///< single words allowed on a date line (cues, fillers)
    WordMap publishedTriggers;     ///< last word of each published cue
    WordMap updatedTriggers;       ///< last word of each updated cue
    QStringList htmlMetaPublished; ///< lower case
    QStringList htmlMetaUpdated;

    QHash<QString, QString> lineCues; ///< key → category
    QVector<BoilerplateCue> prefixCues;
    QVector<BoilerplateCue> containsCues;
    QVector<BoilerplateCue> blockCues;
    QVector<QString> creditCues;      ///< folded (not keys: "©" has no letters)
    QSet<QString> agencies;           ///< match keys
    QSet<QString> documentationNames; ///< lower-case base names of non-article files

    PhraseIndex prefixIndex;   ///< over prefixCues, in file order
    PhraseIndex containsIndex; ///< over containsCues, in file order
    PhraseIndex futureIndex;   ///< over futureCues

    Diagnostics diagnostics; ///< missing or malformed resource files

private:
    void loadMonths(const QString &path);
    void loadWeekdays(const QString &path);
    void loadShapes(const QString &path);
    void loadDateCues(const QString &path);
    void loadBoilerplate(const QString &path);
    void loadDocumentationNames(const QString &path);
};

} // namespace cm::ingest
