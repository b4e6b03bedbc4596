#include "ingest/ingestlexicon.h"

#include "conflictmap/resources.h"
#include "ingest/ingesttext.h"

#include <QFile>
#include <QTextStream>

#include <functional>

namespace cm::ingest {
namespace {

// Calls `row` with the tab-separated fields and 1-based line number of every data line.
bool readTable(const QString &path, Diagnostics &diagnostics,
               const std::function<void(const QStringList &, int)> &row)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        diagnostics.append({path, 0,
                            QStringLiteral("cannot read ingest resource: %1").arg(file.errorString()),
                            Diagnostic::Severity::Warning});
        return false;
    }
    const QString content = QString::fromUtf8(file.readAll());
    int number = 0;
    for (const QString &line : content.split(QLatin1Char('\n'))) {
        ++number;
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        row(line.split(QLatin1Char('\t')), number);
    }
    return true;
}

} // namespace

const IngestLexicon &IngestLexicon::instance()
{
    static const IngestLexicon lexicon(Resources::directory());
    return lexicon;
}

IngestLexicon::IngestLexicon(const QString &resourcesDirectory)
{
    const QString base = resourcesDirectory + QStringLiteral("/ingest/");
    loadMonths(base + QStringLiteral("months.tsv"));
    loadWeekdays(base + QStringLiteral("weekdays.tsv"));
    loadShapes(base + QStringLiteral("dateshapes.txt"));
    loadDateCues(base + QStringLiteral("datecues.tsv"));
    loadBoilerplate(base + QStringLiteral("boilerplate.tsv"));
    loadDocumentationNames(base + QStringLiteral("ignoredfiles.txt"));

    auto keys = [](const QVector<BoilerplateCue> &cues) {
        QVector<QString> result;
        for (const BoilerplateCue &cue : cues)
            result.append(cue.key);
        return result;
    };
    prefixIndex = PhraseIndex(keys(prefixCues));
    containsIndex = PhraseIndex(keys(containsCues));
    futureIndex = PhraseIndex(futureCues);
}

void IngestLexicon::loadDocumentationNames(const QString &path)
{
    readTable(path, diagnostics, [&](const QStringList &fields, int) {
        documentationNames.insert(fields.at(0).trimmed().toLower());
    });
}

void IngestLexicon::loadMonths(const QString &path)
{
    readTable(path, diagnostics, [&](const QStringList &fields, int line) {
        const int month = fields.value(1).trimmed().toInt();
        if (fields.size() < 2 || month < 1 || month > 12) {
            diagnostics.append({path, line, QStringLiteral("expected: name<TAB>month 1-12")});
            return;
        }
        months.insert(matchKey(fields.at(0)), month);
    });
}

void IngestLexicon::loadWeekdays(const QString &path)
{
    readTable(path, diagnostics, [&](const QStringList &fields, int line) {
        const int day = fields.value(1).trimmed().toInt();
        if (fields.size() < 2 || day < 1 || day > 7) {
            diagnostics.append({path, line, QStringLiteral("expected: name<TAB>weekday 1-7")});
            return;
        }
        weekdays.insert(matchKey(fields.at(0)), day);
    });
}

void IngestLexicon::loadShapes(const QString &path)
{
    readTable(path, diagnostics, [&](const QStringList &fields, int line) {
        QVector<ShapeToken> shape;
        for (const QString &word : fields.at(0).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            ShapeToken token;
            if (word == QLatin1String("D"))
                token.kind = ShapeToken::Day;
            else if (word == QLatin1String("M"))
                token.kind = ShapeToken::Month;
            else if (word == QLatin1String("MONTH"))
                token.kind = ShapeToken::MonthName;
            else if (word == QLatin1String("YYYY"))
                token.kind = ShapeToken::Year4;
            else if (word == QLatin1String("YY"))
                token.kind = ShapeToken::Year2;
            else if (word.size() == 1 && !word.at(0).isLetterOrNumber())
                token.literal = word.at(0);
            else {
                diagnostics.append({path, line, QStringLiteral("unknown shape token '%1'").arg(word)});
                return;
            }
            shape.append(token);
        }
        if (!shape.isEmpty())
            dateShapes.append(shape);
    });
}

void IngestLexicon::loadDateCues(const QString &path)
{
    readTable(path, diagnostics, [&](const QStringList &fields, int line) {
        if (fields.size() < 2) {
            diagnostics.append({path, line, QStringLiteral("expected: kind<TAB>cue")});
            return;
        }
        const QString kind = fields.at(0).trimmed();
        const QString raw = fields.at(1).trimmed();
        const QString key = matchKey(raw);
        if (kind == QLatin1String("published")) {
            publishedCues.append(key);
            publishedTriggers.insert(key.section(QLatin1Char(' '), -1));
        } else if (kind == QLatin1String("updated")) {
            updatedCues.append(key);
            updatedTriggers.insert(key.section(QLatin1Char(' '), -1));
        } else if (kind == QLatin1String("future"))
            futureCues.append(key);
        else if (kind == QLatin1String("source"))
            sourceCues.append(key);
        else if (kind == QLatin1String("htmlmeta"))
            htmlMetaPublished.append(raw.toLower());
        else if (kind == QLatin1String("htmlmeta-updated"))
            htmlMetaUpdated.append(raw.toLower());
        else if (kind != QLatin1String("filler")) {
            diagnostics.append({path, line, QStringLiteral("unknown cue kind '%1'").arg(kind)});
            return;
        }
        if (kind == QLatin1String("published") || kind == QLatin1String("updated") ||
            kind == QLatin1String("filler"))
            for (const QString &word : key.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                dateLineWords.insert(word);
    });
}

void IngestLexicon::loadBoilerplate(const QString &path)
{
    readTable(path, diagnostics, [&](const QStringList &fields, int line) {
        if (fields.size() < 3) {
            diagnostics.append({path, line, QStringLiteral("expected: kind<TAB>category<TAB>cue")});
            return;
        }
        const QString kind = fields.at(0).trimmed();
        const QString category = fields.at(1).trimmed();
        const QString raw = fields.at(2).trimmed();
        const BoilerplateCue cue{matchKey(raw), category};
        if (kind == QLatin1String("credit")) {
            creditCues.append(foldSameLength(raw));
            return;
        }
        if (cue.key.isEmpty()) {
            diagnostics.append({path, line, QStringLiteral("cue has no letter or digit")});
            return;
        }
        if (kind == QLatin1String("line"))
            lineCues.insert(cue.key, category);
        else if (kind == QLatin1String("prefix"))
            prefixCues.append(cue);
        else if (kind == QLatin1String("contains"))
            containsCues.append(cue);
        else if (kind == QLatin1String("block"))
            blockCues.append(cue);
        else if (kind == QLatin1String("agency"))
            agencies.insert(cue.key);
        else
            diagnostics.append({path, line, QStringLiteral("unknown boilerplate kind '%1'").arg(kind)});
    });
}

} // namespace cm::ingest
