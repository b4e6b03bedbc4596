// `conflictmap-cli extract DIR... [--json]`
#include "commands.h"

#include "conflictmap/jsonformat.h"
#include "conflictmap/pipeline.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIODevice>
#include <QRunnable>
#include <QThread>
#include <QThreadPool>

#include <QJsonDocument>
#include <algorithm>
#include <vector>

namespace cm::cli {
namespace {

// Items [from, to) of one array of the extract JSON, in QJsonDocument's indented layout (two
// levels deep), each after its separator.
template <typename Items, typename ToJson>
QByteArray formatItems(const Items &items, int from, int to, ToJson toJson)
{
    QByteArray out;
    for (int i = from; i < to; ++i) {
        const QByteArray json = QJsonDocument(toJson(items.at(i))).toJson(QJsonDocument::Indented);
        out += i == 0 ? "\n        " : ",\n        ";
        const int size = json.endsWith('\n') ? json.size() - 1 : json.size();
        int start = 0;
        while (start < size) {
            int end = json.indexOf('\n', start);
            if (end < 0 || end >= size)
                end = size;
            if (start > 0)
                out += "\n        ";
            out.append(json.constData() + start, end - start);
            start = end + 1;
        }
    }
    return out;
}

// Writes one array as UTF-8, formatting blocks of items on all cores and writing them in order:
// a folder of 100,000 articles never holds its whole document in memory.
template <typename Items, typename ToJson>
void writeArray(QIODevice &out, const char *name, const Items &items, ToJson toJson)
{
    out.write(QByteArray("    \"") + name + "\": [");
    constexpr int kBlock = 1024;
    const int threads = std::max(1, QThread::idealThreadCount());
    const int wave = 16 * threads; // blocks formatted before they are written
    for (int first = 0; first < items.size(); first += wave * kBlock) {
        const int blocks = std::min(wave, int((items.size() - first + kBlock - 1) / kBlock));
        std::vector<QByteArray> formatted(static_cast<size_t>(blocks));
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        for (int b = 0; b < blocks; ++b) {
            const int from = first + b * kBlock;
            const int to = std::min(int(items.size()), from + kBlock);
            pool.start(QRunnable::create([&formatted, &items, toJson, b, from, to]() {
                formatted[size_t(b)] = formatItems(items, from, to, toJson);
            }));
        }
        pool.waitForDone();
        for (const QByteArray &block : formatted)
            out.write(block);
    }
    out.write("\n    ]"); // QJsonDocument breaks the line of an empty array too
}

} // namespace

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
        QIODevice *device = streams.out.device();
        if (device) {
            streams.out.flush();
            device->write("{\n");
            writeArray(*device, "articles", result.articles, articleToJson);
            device->write(",\n");
            writeArray(*device, "events", result.events, eventToJson);
            device->write("\n}\n");
        } else { // a stream on a string (tests)
            streams.out << QJsonDocument(extractionToJson(result.articles, result.events))
                               .toJson(QJsonDocument::Indented);
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
