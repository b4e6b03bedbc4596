// `conflictmap-cli extract DIR... [--json]`
#include "commands.h"

#include "conflictmap/jsonformat.h"
#include "conflictmap/pipeline.h"

#include <QCommandLineParser>
#include <QJsonDocument>

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
    if (!parser.parse(arguments)) {
        streams.err << "conflictmap-cli extract: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        streams.out << parser.helpText();
        return 0;
    }
    const QStringList folders = parser.positionalArguments();
    if (folders.isEmpty()) {
        streams.err << "conflictmap-cli extract: name at least one folder of articles\n";
        return 2;
    }

    Pipeline pipeline;
    const PipelineResult result = pipeline.run(folders);
    for (const Diagnostic &diagnostic : result.diagnostics)
        if (diagnostic.severity != Diagnostic::Severity::Info)
            streams.err << "conflictmap-cli extract: " << formatDiagnostic(diagnostic) << '\n';

    if (parser.isSet(json)) {
        streams.out << QJsonDocument(extractionToJson(result.articles, result.events))
                           .toJson(QJsonDocument::Indented);
    } else {
        for (const Article &article : result.articles)
            streams.out << article.file << '\t' << articleStatusId(article.status) << '\t'
                        << article.published.toString(Qt::ISODate) << '\t' << article.title << '\n';
        for (const ControlEvent &event : result.events)
            streams.out << event.file << '\t' << event.date.toString(Qt::ISODate) << '\t'
                        << eventKindId(event.kind) << '\t' << event.place << '\t' << factionId(event.to)
                        << "<-" << factionId(event.from) << '\t' << event.evidence << '\n';
    }
    return result.folderErrors > 0 ? 1 : 0;
}

} // namespace cm::cli
