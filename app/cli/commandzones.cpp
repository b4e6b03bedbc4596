// `conflictmap-cli zones [DIR...] [--events FILE.json] --date YYYY-MM-DD --out FILE.gpkg|.geojson`
#include "commands.h"

#include "conflictmap/controlmodel.h"
#include "conflictmap/gazetteer.h"
#include "conflictmap/geoexport.h"
#include "conflictmap/resources.h"
#include "conflictmap/zonebuilder.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace cm::cli {

int runZones(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes areas of control, frontlines, places and events at a date (GeoPackage or GeoJSON)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("article folders"),
                                 QStringLiteral("[DIR...]"));
    const QCommandLineOption eventsOption = eventsFileOption();
    const QCommandLineOption dateOption = atDateOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("output file (.gpkg, .geojson)"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption landOption(
        QStringLiteral("land"), QStringLiteral("land polygons (default: basemap/region.gpkg, layer land)"),
        QStringLiteral("PATH"));
    parser.addOptions({eventsOption, dateOption, outOption, landOption});
    if (const int exitCode = parseArguments(parser, arguments, streams); exitCode >= 0)
        return exitCode;
    const QDate date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
    if (!date.isValid() || parser.value(outOption).isEmpty()) {
        streams.err << "conflictmap-cli zones: give --date YYYY-MM-DD and --out FILE.gpkg|FILE.geojson\n";
        return 2;
    }
    bool ok = false;
    const ControlEvents events = loadCommandEvents(QStringLiteral("zones"), parser.positionalArguments(),
                                                   parser.value(eventsOption), streams, &ok);
    if (!ok)
        return 2;

    ControlModel model;
    model.setEvents(events);
    const ControlState state = model.stateAt(date);

    ZoneBuilder builder;
    Diagnostics diagnostics;
    const QString land = parser.isSet(landOption) ? parser.value(landOption)
                                                  : Resources::path(QStringLiteral("basemap/region.gpkg"));
    if (!QFileInfo::exists(land) || !builder.loadLand(land, QString(), &diagnostics))
        streams.err << "conflictmap-cli zones: no land polygons (" << land
                    << "); places claim land and sea alike\n";

    // Populations size the claim circles; the gazetteer has them for its places.
    Gazetteer gazetteer;
    gazetteer.loadFolder(Resources::path(QStringLiteral("gazetteer")), &diagnostics);
    QVector<ZonePlace> places;
    for (const PlaceState &place : state.places) {
        if (!place.hasLocation())
            continue;
        ZonePlace zonePlace{place.placeId, place.name, place.lat, place.lon, 0};
        const int index = gazetteer.indexOf(place.placeId);
        if (index >= 0)
            zonePlace.population = gazetteer.place(index).population;
        places.append(zonePlace);
    }
    builder.setPlaces(places);
    const ZoneResult zones = builder.compute(state);

    GeoExportInput input;
    input.date = date;
    input.zones = &zones;
    input.state = &state;
    input.events = &events;
    const bool written = writeGeoExport(parser.value(outOption), input, &diagnostics);
    for (const Diagnostic &diagnostic : diagnostics)
        streams.err << "conflictmap-cli zones: " << formatDiagnostic(diagnostic) << '\n';
    if (!written)
        return 1;

    for (const FactionArea &area : zones.areas)
        streams.out << "area\t" << area.classId << '\t' << QString::number(area.areaKm2, 'f', 0) << " km2\t"
                    << area.placeIds.size() << " places\n";
    for (const Frontline &frontline : zones.frontlines)
        streams.out << "frontline\t" << frontline.sideA << '/' << frontline.sideB << '\t'
                    << QString::number(frontline.lengthKm, 'f', 1) << " km\n";
    for (const QString &file : geoExportFiles(parser.value(outOption), input))
        streams.out << "wrote\t" << file << '\n';
    return 0;
}

} // namespace cm::cli
