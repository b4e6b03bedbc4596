#include "conflictmap/geoexport.h"

#include "conflictmap/factionstyle.h"
#include "io/ogrsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <memory>
#include <ogrsf_frmts.h>

namespace cm {
namespace {

enum class Layer { Areas, Frontlines, Places, Events };

bool isGeoJson(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("geojson") || suffix == QLatin1String("json");
}

QString layerName(Layer layer)
{
    switch (layer) {
    case Layer::Areas:
        return QStringLiteral("areas");
    case Layer::Frontlines:
        return QStringLiteral("frontlines");
    case Layer::Places:
        return QStringLiteral("places");
    case Layer::Events:
        return QStringLiteral("events");
    }
    return {};
}

QVector<Layer> layersOf(const GeoExportInput &input)
{
    QVector<Layer> layers;
    if (input.zones)
        layers << Layer::Areas << Layer::Frontlines;
    if (input.state)
        layers << Layer::Places;
    if (input.events)
        layers << Layer::Events;
    return layers;
}

// GeoJSON keeps one layer per file: the first layer takes `path`, the others siblings.
QString fileOf(const QString &path, Layer layer, bool first)
{
    if (!isGeoJson(path) || first)
        return path;
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QLatin1Char('-') + layerName(layer) +
                               QLatin1Char('.') + info.suffix());
}

using ogr::addField;
using ogr::Dataset;
using ogr::setDate;
using ogr::setText;
using ogr::setWkb;

class Writer
{
public:
    Writer(const GeoExportInput &input, Diagnostics *diagnostics) : mInput(input), mDiagnostics(diagnostics)
    {
        mStyles = FactionStyles::load();
        ogr::setWgs84(mSrs);
    }

    bool fail(const QString &file, const QString &message)
    {
        if (mDiagnostics)
            mDiagnostics->append(
                {file, 0, message + QStringLiteral(": ") + QString::fromUtf8(CPLGetLastErrorMsg())});
        return false;
    }

    bool write(GDALDataset *dataset, const QString &file, Layer which)
    {
        static const OGRwkbGeometryType types[] = {wkbMultiPolygon, wkbMultiLineString, wkbPoint, wkbPoint};
        char **options = nullptr;
        if (isGeoJson(file))
            options = CSLSetNameValue(options, "RFC7946", "NO");
        OGRLayer *layer =
            dataset->CreateLayer(layerName(which).toUtf8().constData(), &mSrs, types[int(which)], options);
        CSLDestroy(options);
        if (!layer)
            return fail(file, QStringLiteral("cannot create layer %1").arg(layerName(which)));
        bool ok = true;
        const bool transaction = dataset->StartTransaction() == OGRERR_NONE;
        switch (which) {
        case Layer::Areas:
            ok = writeAreas(layer, file);
            break;
        case Layer::Frontlines:
            ok = writeFrontlines(layer, file);
            break;
        case Layer::Places:
            ok = writePlaces(layer, file);
            break;
        case Layer::Events:
            ok = writeEvents(layer, file);
            break;
        }
        if (transaction)
            dataset->CommitTransaction();
        return ok;
    }

private:
    bool add(OGRLayer *layer, OGRFeature &feature, const QString &file)
    {
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            return fail(
                file,
                QStringLiteral("cannot write a feature of %1").arg(QString::fromUtf8(layer->GetName())));
        return true;
    }

    bool writeAreas(OGRLayer *layer, const QString &file)
    {
        addField(layer, "faction", OFTString);
        addField(layer, "faction_label", OFTString);
        addField(layer, "date", OFTDateTime);
        addField(layer, "area_km2", OFTReal);
        addField(layer, "places", OFTInteger);
        addField(layer, "place_ids", OFTString);
        for (const FactionArea &area : mInput.zones->areas) {
            OGRFeature feature(layer->GetLayerDefn());
            setText(feature, "faction", area.classId);
            setText(feature, "faction_label", mStyles.label(area.classId));
            setDate(feature, "date", mInput.date);
            feature.SetField("area_km2", area.areaKm2);
            feature.SetField("places", int(area.placeIds.size()));
            setText(feature, "place_ids", area.placeIds.join(QLatin1Char(';')));
            if (!setWkb(feature, area.wkb) || !add(layer, feature, file))
                return false;
        }
        return true;
    }

    bool writeFrontlines(OGRLayer *layer, const QString &file)
    {
        addField(layer, "side_a", OFTString);
        addField(layer, "side_b", OFTString);
        addField(layer, "date", OFTDateTime);
        addField(layer, "length_km", OFTReal);
        for (const Frontline &frontline : mInput.zones->frontlines) {
            OGRFeature feature(layer->GetLayerDefn());
            setText(feature, "side_a", frontline.sideA);
            setText(feature, "side_b", frontline.sideB);
            setDate(feature, "date", mInput.date);
            feature.SetField("length_km", frontline.lengthKm);
            if (!setWkb(feature, frontline.wkb) || !add(layer, feature, file))
                return false;
        }
        return true;
    }

    bool writePlaces(OGRLayer *layer, const QString &file)
    {
        addField(layer, "place_id", OFTString);
        addField(layer, "name", OFTString);
        addField(layer, "controller", OFTString);
        addField(layer, "contested", OFTInteger, OFSTBoolean);
        addField(layer, "contested_by", OFTString);
        addField(layer, "conflict", OFTInteger, OFSTBoolean);
        addField(layer, "inferred", OFTInteger, OFSTBoolean);
        addField(layer, "last_event_date", OFTDateTime);
        addField(layer, "date", OFTDateTime);
        for (const PlaceState &place : mInput.state->places) {
            OGRFeature feature(layer->GetLayerDefn());
            setText(feature, "place_id", place.placeId);
            setText(feature, "name", place.name);
            setText(feature, "controller", factionId(place.controller));
            feature.SetField("contested", place.contested ? 1 : 0);
            setText(feature, "contested_by", place.contested ? factionId(place.contestedBy) : QString());
            feature.SetField("conflict", place.conflict ? 1 : 0);
            feature.SetField("inferred", place.inferred ? 1 : 0);
            setDate(feature, "last_event_date", place.lastEventDate);
            setDate(feature, "date", mInput.state->date);
            if (place.hasLocation())
                feature.SetGeometryDirectly(new OGRPoint(place.lon, place.lat));
            if (!add(layer, feature, file))
                return false;
        }
        return true;
    }

    bool writeEvents(OGRLayer *layer, const QString &file)
    {
        for (const char *name : {"file", "place", "place_id", "surface"})
            addField(layer, name, OFTString);
        addField(layer, "geonameid", OFTInteger64);
        addField(layer, "lat", OFTReal);
        addField(layer, "lon", OFTReal);
        addField(layer, "date", OFTDateTime);
        addField(layer, "date_earliest", OFTDateTime);
        addField(layer, "date_latest", OFTDateTime);
        for (const char *name : {"date_precision", "date_note", "kind", "to", "from"})
            addField(layer, name, OFTString);
        addField(layer, "confidence", OFTReal);
        addField(layer, "evidence", OFTString);
        addField(layer, "offset", OFTInteger);
        for (const ControlEvent &event : *mInput.events) {
            OGRFeature feature(layer->GetLayerDefn());
            setText(feature, "file", event.file);
            setText(feature, "place", event.place);
            setText(feature, "place_id", event.placeId.isEmpty() ? QString() : event.placeId);
            setText(feature, "surface", event.surface);
            if (event.geonameId > 0)
                feature.SetField("geonameid", GIntBig(event.geonameId));
            if (event.hasLocation()) {
                feature.SetField("lat", event.lat);
                feature.SetField("lon", event.lon);
                feature.SetGeometryDirectly(new OGRPoint(event.lon, event.lat));
            }
            setDate(feature, "date", event.date);
            setDate(feature, "date_earliest", event.earliest);
            setDate(feature, "date_latest", event.latest);
            const QString precision = datePrecisionId(event.precision);
            setText(feature, "date_precision", precision.isEmpty() ? QString() : precision);
            setText(feature, "date_note", event.dateNote);
            setText(feature, "kind", eventKindId(event.kind));
            const QString to = factionId(event.to), from = factionId(event.from);
            setText(feature, "to", to.isEmpty() ? QString() : to);
            setText(feature, "from", from.isEmpty() ? QString() : from);
            feature.SetField("confidence", event.confidence);
            setText(feature, "evidence", event.evidence);
            feature.SetField("offset", event.offset);
            if (!add(layer, feature, file))
                return false;
        }
        return true;
    }

    const GeoExportInput &mInput;
    Diagnostics *mDiagnostics;
    FactionStyles mStyles;
    OGRSpatialReference mSrs;
};

} // namespace

QStringList geoExportFiles(const QString &path, const GeoExportInput &input)
{
    QStringList files;
    const QVector<Layer> layers = layersOf(input);
    for (int i = 0; i < layers.size(); ++i) {
        const QString file = fileOf(path, layers.at(i), i == 0);
        if (!files.contains(file))
            files.append(file);
    }
    return files;
}

bool writeGeoExport(const QString &path, const GeoExportInput &input, Diagnostics *diagnostics)
{
    const bool geoJson = isGeoJson(path);
    if (!geoJson && QFileInfo(path).suffix().toLower() != QLatin1String("gpkg")) {
        if (diagnostics)
            diagnostics->append(
                {path, 0, QStringLiteral("unknown export format: use .gpkg, .geojson or .json")});
        return false;
    }
    const QVector<Layer> layers = layersOf(input);
    if (layers.isEmpty()) {
        if (diagnostics)
            diagnostics->append({path, 0, QStringLiteral("nothing to export")});
        return false;
    }
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(geoJson ? "GeoJSON" : "GPKG");
    if (!driver) {
        if (diagnostics)
            diagnostics->append(
                {path, 0, QStringLiteral("GDAL has no %1 driver").arg(geoJson ? "GeoJSON" : "GPKG")});
        return false;
    }
    Writer writer(input, diagnostics);
    Dataset dataset;
    QString currentFile;
    for (int i = 0; i < layers.size(); ++i) {
        const QString file = fileOf(path, layers.at(i), i == 0);
        if (file != currentFile) {
            dataset.reset();
            QFile::remove(file);
            dataset.reset(driver->Create(file.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
            if (!dataset)
                return writer.fail(file, QStringLiteral("cannot create the file"));
            currentFile = file;
        }
        if (!writer.write(dataset.get(), file, layers.at(i)))
            return false;
    }
    dataset.reset();
    return true;
}

} // namespace cm
