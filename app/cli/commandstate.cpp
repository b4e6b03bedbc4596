// `conflictmap-cli state [DIR...] [--events FILE.json] --date YYYY-MM-DD [--json]`
#include "commands.h"

#include "conflictmap/pipeline.h"

#include "conflictmap/controlmodel.h"
#include "conflictmap/jsonformat.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cm::cli {

QCommandLineOption eventsFileOption()
{
    return QCommandLineOption(QStringLiteral("events"), QStringLiteral("events of `extract --json`"),
                              QStringLiteral("FILE.json"));
}

QCommandLineOption atDateOption()
{
    return QCommandLineOption(QStringLiteral("date"), QStringLiteral("the date"),
                              QStringLiteral("YYYY-MM-DD"));
}

ControlEvents loadCommandEvents(const QString &command, const QStringList &folders, const QString &eventsFile,
                                Streams &streams, bool *ok)
{
    *ok = false;
    ControlEvents events;
    if (!folders.isEmpty()) {
        Pipeline pipeline;
        Diagnostics diagnostics;
        if (!pipeline.load(&diagnostics)) {
            for (const Diagnostic &diagnostic : diagnostics)
                streams.err << "conflictmap-cli " << command << ": " << formatDiagnostic(diagnostic) << '\n';
            return events;
        }
        const PipelineResult result = pipeline.run(folders);
        for (const Diagnostic &diagnostic : result.diagnostics)
            streams.err << "conflictmap-cli " << command << ": " << formatDiagnostic(diagnostic) << '\n';
        // Unreadable folders are reported; the others still count.
        *ok = result.folderErrors < folders.size();
        return result.events;
    }
    if (eventsFile.isEmpty()) {
        streams.err << "conflictmap-cli " << command << ": name article folders or --events FILE.json\n";
        return events;
    }
    QFile file(eventsFile);
    if (!file.open(QIODevice::ReadOnly)) {
        streams.err << "conflictmap-cli " << command << ": " << eventsFile << ": " << file.errorString()
                    << '\n';
        return events;
    }
    // Mapped rather than read: a corpus's events can be hundreds of megabytes.
    const qint64 size = file.size();
    const uchar *mapped = size > 0 ? file.map(0, size) : nullptr;
    const QByteArray json =
        mapped ? QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), int(size)) : file.readAll();
    QJsonParseError error{};
    if (!readExtractionEvents(json, &events, &error)) {
        streams.err << "conflictmap-cli " << command << ": " << eventsFile
                    << ": not the JSON of `extract --json` (" << error.errorString() << " at byte "
                    << error.offset << ")\n";
        return events;
    }
    *ok = true;
    return events;
}

namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue factionValue(Faction faction)
{
    return faction == Faction::Unknown ? QJsonValue() : QJsonValue(factionId(faction));
}

QJsonObject eventReference(const ControlEvent &event)
{
    QJsonObject object;
    object[QStringLiteral("file")] = event.file;
    object[QStringLiteral("date")] = dateValue(event.date);
    object[QStringLiteral("kind")] = eventKindId(event.kind);
    object[QStringLiteral("to")] = factionValue(event.to);
    object[QStringLiteral("from")] = factionValue(event.from);
    object[QStringLiteral("evidence")] = event.evidence;
    object[QStringLiteral("offset")] = event.offset;
    return object;
}

QJsonObject placeToJson(const PlaceState &place, const ControlEvents &events)
{
    QJsonObject object;
    object[QStringLiteral("place_id")] = place.placeId;
    object[QStringLiteral("name")] = place.name;
    object[QStringLiteral("lat")] = place.hasLocation() ? QJsonValue(place.lat) : QJsonValue();
    object[QStringLiteral("lon")] = place.hasLocation() ? QJsonValue(place.lon) : QJsonValue();
    object[QStringLiteral("controller")] = factionValue(place.controller);
    object[QStringLiteral("inferred")] = place.inferred;
    object[QStringLiteral("contested")] = place.contested;
    object[QStringLiteral("contested_by")] = place.contested ? factionValue(place.contestedBy) : QJsonValue();
    object[QStringLiteral("contested_until")] =
        place.contested ? dateValue(place.contestedUntil) : QJsonValue();
    object[QStringLiteral("conflict")] = place.conflict;
    QJsonArray factions, conflicting, denied;
    for (Faction faction : place.conflictFactions)
        factions.append(factionId(faction));
    for (int index : place.conflictEvents)
        conflicting.append(eventReference(events.at(index)));
    for (int index : place.denied)
        denied.append(eventReference(events.at(index)));
    object[QStringLiteral("conflict_factions")] = factions;
    object[QStringLiteral("conflict_events")] = conflicting;
    object[QStringLiteral("denied")] = denied;
    object[QStringLiteral("deciding_event")] =
        place.decidingEvent >= 0 ? QJsonValue(eventReference(events.at(place.decidingEvent))) : QJsonValue();
    object[QStringLiteral("last_event_date")] = dateValue(place.lastEventDate);
    object[QStringLiteral("events")] = place.eventCount;
    return object;
}

} // namespace

int runState(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prints who holds each place at a date."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("article folders"),
                                 QStringLiteral("[DIR...]"));
    const QCommandLineOption eventsOption = eventsFileOption();
    const QCommandLineOption dateOption = atDateOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("print JSON"));
    const QCommandLineOption contestedOption(
        QStringLiteral("contested-days"),
        QStringLiteral("days a partial capture keeps a place contested (30)"), QStringLiteral("N"));
    parser.addOptions({eventsOption, dateOption, jsonOption, contestedOption});
    if (const int exitCode = parseArguments(parser, arguments, streams); exitCode >= 0)
        return exitCode;
    const QDate date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
    if (!date.isValid()) {
        streams.err << "conflictmap-cli state: give --date YYYY-MM-DD\n";
        return 2;
    }
    bool ok = false;
    const ControlEvents events = loadCommandEvents(QStringLiteral("state"), parser.positionalArguments(),
                                                   parser.value(eventsOption), streams, &ok);
    if (!ok)
        return 2;

    ControlModel model;
    if (parser.isSet(contestedOption)) {
        ControlRules rules;
        rules.contestedDays = parser.value(contestedOption).toInt();
        model.setRules(rules);
    }
    model.setEvents(events);
    const ControlState state = model.stateAt(date);

    if (parser.isSet(jsonOption)) {
        QJsonArray places;
        for (const PlaceState &place : state.places)
            places.append(placeToJson(place, events));
        QJsonObject root;
        root[QStringLiteral("date")] = date.toString(Qt::ISODate);
        root[QStringLiteral("contested_days")] = model.rules().contestedDays;
        root[QStringLiteral("places")] = places;
        root[QStringLiteral("undated_events")] = state.undatedEvents.size();
        root[QStringLiteral("unplaced_events")] = state.unplacedEvents.size();
        streams.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const PlaceState &place : state.places) {
        QStringList notes;
        if (place.inferred)
            notes << QStringLiteral("inferred");
        if (place.contested)
            notes << QStringLiteral("contested by %1 until %2")
                         .arg(factionId(place.contestedBy).isEmpty() ? QStringLiteral("?")
                                                                     : factionId(place.contestedBy),
                              place.contestedUntil.toString(Qt::ISODate));
        if (place.conflict) {
            QStringList factions;
            for (Faction faction : place.conflictFactions)
                factions << factionId(faction);
            notes << QStringLiteral("conflicting sources: %1").arg(factions.join(QLatin1Char('/')));
        }
        if (!place.denied.isEmpty())
            notes << QStringLiteral("%1 denied").arg(place.denied.size());
        const QString controller = factionId(place.controller);
        streams.out << place.placeId << '\t' << place.name << '\t'
                    << (controller.isEmpty() ? QStringLiteral("-") : controller) << '\t'
                    << place.lastEventDate.toString(Qt::ISODate) << '\t' << notes.join(QStringLiteral("; "))
                    << '\n';
    }
    return 0;
}

} // namespace cm::cli
