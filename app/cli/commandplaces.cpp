// `conflictmap-cli places NAME... [--json] [--gazetteer DIR]`
#include "commands.h"

#include "conflictmap/gazetteer.h"
#include "conflictmap/resources.h"
#include "conflictmap/toponymresolver.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cm::cli {
namespace {

QJsonObject resolutionToJson(const QString &input, const Gazetteer &gazetteer,
                             const PlaceResolution &resolution)
{
    QJsonObject object{{QStringLiteral("input"), input}};
    if (!resolution.match.isValid()) {
        object.insert(QStringLiteral("found"), false);
        if (!resolution.rejectedAs.isEmpty())
            object.insert(QStringLiteral("rejected_as"), resolution.rejectedAs);
        return object;
    }
    const Place &place = gazetteer.place(resolution.match.index);
    object.insert(QStringLiteral("found"), true);
    object.insert(QStringLiteral("name"), place.displayName());
    object.insert(QStringLiteral("id"), place.id);
    object.insert(QStringLiteral("geonameid"),
                  place.geonameId > 0 ? QJsonValue(double(place.geonameId)) : QJsonValue());
    object.insert(QStringLiteral("lat"), place.lat);
    object.insert(QStringLiteral("lon"), place.lon);
    object.insert(QStringLiteral("country"), place.country);
    object.insert(QStringLiteral("kind"), placeKindId(place.kind));
    object.insert(QStringLiteral("tier"), matchTierId(resolution.match.tier));
    object.insert(QStringLiteral("confidence"), resolution.match.confidence);
    object.insert(QStringLiteral("province"), resolution.province);
    object.insert(QStringLiteral("alternatives"), resolution.alternatives);
    return object;
}

QString resolutionToText(const QString &input, const Gazetteer &gazetteer, const PlaceResolution &resolution)
{
    if (!resolution.match.isValid())
        return resolution.rejectedAs.isEmpty()
                   ? QStringLiteral("%1\tnot found").arg(input)
                   : QStringLiteral("%1\tnot found (%2, not a place)").arg(input, resolution.rejectedAs);
    const Place &place = gazetteer.place(resolution.match.index);
    return QStringList{input,
                       place.displayName(),
                       place.id,
                       place.geonameId > 0 ? QString::number(place.geonameId) : QStringLiteral("null"),
                       QString::number(place.lat, 'f', 5),
                       QString::number(place.lon, 'f', 5),
                       place.country,
                       placeKindId(place.kind),
                       matchTierId(resolution.match.tier),
                       QString::number(resolution.match.confidence, 'f', 2)}
        .join(QLatin1Char('\t'));
}

} // namespace

int runPlaces(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Resolves place names as the extractor does, to check a spelling. Text output: input, "
                       "name, id, GeoNames id, lat, lon, country, kind, tier, confidence (tab-separated). "
                       "Exit code 1 when a name is not found."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 QStringLiteral("place names, e.g. \"d'al-Bab\" Alep"),
                                 QStringLiteral("NAME..."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("print a JSON array"));
    const QCommandLineOption folder(QStringLiteral("gazetteer"),
                                    QStringLiteral("gazetteer folder (default: the resources' gazetteer)"),
                                    QStringLiteral("DIR"));
    parser.addOption(json);
    parser.addOption(folder);
    if (const int exitCode = parseArguments(parser, arguments, streams); exitCode >= 0)
        return exitCode;
    const QStringList names = parser.positionalArguments();
    if (names.isEmpty()) {
        streams.err << "conflictmap-cli places: name at least one place\n";
        return 2;
    }

    const QString directory =
        parser.isSet(folder) ? parser.value(folder) : Resources::path(QStringLiteral("gazetteer"));
    Gazetteer gazetteer;
    Diagnostics diagnostics;
    gazetteer.loadFolder(directory, &diagnostics);
    for (const Diagnostic &diagnostic : diagnostics)
        streams.err << "conflictmap-cli places: " << formatDiagnostic(diagnostic) << '\n';
    if (gazetteer.isEmpty()) {
        streams.err << "conflictmap-cli places: no place loaded from " << directory << '\n';
        return 1;
    }

    const ToponymResolver resolver(gazetteer);
    QJsonArray array;
    int found = 0;
    for (const QString &name : names) {
        const PlaceResolution resolution = resolver.explain(name);
        if (resolution.match.isValid())
            ++found;
        if (parser.isSet(json))
            array.append(resolutionToJson(name, gazetteer, resolution));
        else
            streams.out << resolutionToText(name, gazetteer, resolution) << '\n';
    }
    if (parser.isSet(json))
        streams.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return found == names.size() ? 0 : 1;
}

} // namespace cm::cli
