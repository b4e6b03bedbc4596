// `conflictmap-cli extract DIR... [--json]`
#include "commands.h"

#include "conflictmap/jsonformat.h"
#include "conflictmap/pipeline.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <algorithm>

namespace cm::cli {

int runExtract(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reads article folders and prints their control events."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("article folders, read recursively"),
                                 QStringLiteral("DIR..."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("print the JSON of shared/spec/events.md"));
    parser.addOption(json);
    const QCommandLineOption timings(QStringLiteral("timings"),
                                     QStringLiteral("print the time spent reading and extracting to stderr"));
    parser.addOption(timings);
    if (const int exitCode = parseArguments(parser, arguments, streams); exitCode >= 0)
        return exitCode;
    const QStringList folders = parser.positionalArguments();
    if (folders.isEmpty()) {
        streams.err << "conflictmap-cli extract: name at least one folder of articles\n";
        return 2;
    }

    Pipeline pipeline;
    QElapsedTimer clock;
    clock.start();
    qint64 readDone = -1;
    PipelineProgressCallback progress;
    if (parser.isSet(timings))
        progress = [&](const PipelineProgress &step) {
            if (step.stage != PipelineProgress::Stage::Reading && readDone < 0)
                readDone = clock.elapsed();
        };
    const PipelineResult result = pipeline.run(folders, progress);
    if (parser.isSet(timings))
        streams.err << QStringLiteral(
                           "conflictmap-cli extract: %1 files read in %2 s, %3 events extracted in "
                           "%4 s\n")
                           .arg(result.articles.size())
                           .arg(std::max<qint64>(readDone, 0) / 1000.0, 0, 'f', 2)
                           .arg(result.events.size())
                           .arg((clock.elapsed() - std::max<qint64>(readDone, 0)) / 1000.0, 0, 'f', 2);
    for (const Diagnostic &diagnostic : result.diagnostics)
        if (diagnostic.severity != Diagnostic::Severity::Info)
            streams.err << "conflictmap-cli extract: " << formatDiagnostic(diagnostic) << '\n';

    const qint64 extracted = clock.elapsed();
    if (parser.isSet(json)) {
        if (QIODevice *device = streams.out.device()) {
            streams.out.flush();
            writeExtractionJson(*device, result.articles, result.events);
        } else { // a stream on a string (tests)
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            writeExtractionJson(buffer, result.articles, result.events);
            streams.out << QString::fromUtf8(buffer.data());
        }
    } else {
        for (const Article &article : result.articles)
            streams.out << article.file << '\t' << articleStatusId(article.status) << '\t'
                        << article.published.toString(Qt::ISODate) << '\t' << article.title << '\n';
        for (const ControlEvent &event : result.events)
            streams.out << event.file << '\t' << event.date.toString(Qt::ISODate) << '\t'
                        << eventKindId(event.kind) << '\t' << event.place << '\t' << factionId(event.to)
                        << "<-" << factionId(event.from) << '\t' << event.evidence << '\n';
    }
    if (parser.isSet(timings)) {
        streams.out.flush();
        streams.err << QStringLiteral("conflictmap-cli extract: output written in %1 s\n")
                           .arg((clock.elapsed() - extracted) / 1000.0, 0, 'f', 2);
    }
    return result.folderErrors > 0 ? 1 : 0;
}

} // namespace cm::cli
