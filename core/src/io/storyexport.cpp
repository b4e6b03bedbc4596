#include "conflictmap/storyexport.h"

#include "conflictmap/factionstyle.h"
#include "conflictmap/geoexport.h"
#include "io/ogrsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <memory>
#include <ogrsf_frmts.h>

namespace cm {
namespace {

enum class Format { GeoPackage, GeoJson, Csv, Unknown };

Format formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("gpkg"))
        return Format::GeoPackage;
    if (suffix == QLatin1String("geojson") || suffix == QLatin1String("json"))
        return Format::GeoJson;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return Format::Unknown;
}

QString sibling(const QString &path, const QString &layer)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QLatin1Char('-') + layer + QLatin1Char('.') +
                               info.suffix());
}

bool fail(Diagnostics *diagnostics, const QString &file, const QString &message)
{
    if (diagnostics)
        diagnostics->append({file, 0, message});
    return false;
}

// ---- CSV ------------------------------------------------------------------------------

QString csvCell(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString dateCell(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString numberCell(double value, int decimals = -1)
{
    if (value != value)
        return {};
    return decimals < 0 ? QString::number(value, 'g', 10) : QString::number(value, 'f', decimals);
}

bool writeCsv(const QString &path, const QStringList &header, const QVector<QStringList> &rows,
              Diagnostics *diagnostics)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(diagnostics, path, QStringLiteral("cannot write: %1").arg(file.errorString()));
    QByteArray bytes("\xEF\xBB\xBF");
    auto appendRow = [&bytes](const QStringList &cells) {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString &cell : cells)
            quoted << csvCell(cell);
        bytes += quoted.join(QLatin1Char(',')).toUtf8();
        bytes += "\r\n";
    };
    appendRow(header);
    for (const QStringList &row : rows)
        appendRow(row);
    file.write(bytes);
    if (!file.commit())
        return fail(diagnostics, path, QStringLiteral("cannot write: %1").arg(file.errorString()));
    return true;
}

QStringList areaSeriesColumns()
{
    return {QStringLiteral("date"),     QStringLiteral("faction"), QStringLiteral("faction_label"),
            QStringLiteral("area_km2"), QStringLiteral("places"),  QStringLiteral("share")};
}

double shareOf(const FactionArea &area, const ZoneResult &zones)
{
    return zones.claimedKm2 > 0 ? area.areaKm2 / zones.claimedKm2 : 0.0;
}

// ---- GDAL -----------------------------------------------------------------------------

using ogr::addField;
using ogr::Dataset;

// Story layers store empty text as null.
void setText(OGRFeature &feature, const char *field, const QString &text)
{
    ogr::setText(feature, field, text.isEmpty() ? QString() : text);
}

// The zones give Polygon or MultiPolygon; one layer type keeps GeoPackage readers happy.
bool setWkb(OGRFeature &feature, const QByteArray &wkb) { return ogr::setWkb(feature, wkb, true); }


class SeriesWriter
{
public:
    SeriesWriter(const StoryExportInput &input, Diagnostics *diagnostics)
        : mInput(input), mFrames(*input.frames), mDiagnostics(diagnostics), mStyles(FactionStyles::load())
    {
        ogr::setWgs84(mSrs);
    }

    bool fail(const QString &file, const QString &message)
    {
        return cm::fail(mDiagnostics, file,
                        message + QStringLiteral(": ") + QString::fromUtf8(CPLGetLastErrorMsg()));
    }

    OGRLayer *createLayer(GDALDataset *dataset, const QString &file, const char *name,
                          OGRwkbGeometryType type)
    {
        char **options = nullptr;
        if (formatOf(file) == Format::GeoJson)
            options = CSLSetNameValue(options, "RFC7946", "NO");
        OGRLayer *layer = dataset->CreateLayer(name, type == wkbNone ? nullptr : &mSrs, type, options);
        CSLDestroy(options);
        if (!layer)
            fail(file, QStringLiteral("cannot create layer %1").arg(QLatin1String(name)));
        return layer;
    }

    bool add(OGRLayer *layer, OGRFeature &feature, const QString &file)
    {
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            return fail(
                file,
                QStringLiteral("cannot write a feature of %1").arg(QString::fromUtf8(layer->GetName())));
        return true;
    }

    // The frame's period: its date up to the next frame's (exclusive); the last lasts as
    // long as the step before it, at least one day.
    QDate endOf(int index) const
    {
        if (index + 1 < mFrames.size())
            return mFrames.at(index + 1).date;
        const QDate date = mFrames.at(index).date;
        if (index > 0)
            return date.addDays(qMax<qint64>(1, mFrames.at(index - 1).date.daysTo(date)));
        return date.addDays(1);
    }

    bool writeAreas(GDALDataset *dataset, const QString &file)
    {
        OGRLayer *layer = createLayer(dataset, file, "areas_series", wkbMultiPolygon);
        if (!layer)
            return false;
        addField(layer, "date", OFTDateTime);
        addField(layer, "date_end", OFTDateTime);
        addField(layer, "faction", OFTString);
        addField(layer, "faction_label", OFTString);
        addField(layer, "area_km2", OFTReal);
        addField(layer, "places", OFTInteger);
        for (int i = 0; i < mFrames.size(); ++i) {
            for (const FactionArea &area : mFrames.at(i).zones.areas) {
                OGRFeature feature(layer->GetLayerDefn());
                ogr::setDate(feature, "date", mFrames.at(i).date);
                ogr::setDate(feature, "date_end", endOf(i));
                setText(feature, "faction", area.classId);
                setText(feature, "faction_label", mStyles.label(area.classId));
                feature.SetField("area_km2", area.areaKm2);
                feature.SetField("places", int(area.placeIds.size()));
                if (!setWkb(feature, area.wkb) || !add(layer, feature, file))
                    return false;
            }
        }
        return true;
    }

    bool writeFrontlines(GDALDataset *dataset, const QString &file)
    {
        OGRLayer *layer = createLayer(dataset, file, "frontlines_series", wkbMultiLineString);
        if (!layer)
            return false;
        addField(layer, "date", OFTDateTime);
        addField(layer, "date_end", OFTDateTime);
        addField(layer, "side_a", OFTString);
        addField(layer, "side_b", OFTString);
        addField(layer, "length_km", OFTReal);
        for (int i = 0; i < mFrames.size(); ++i) {
            for (const Frontline &front : mFrames.at(i).zones.frontlines) {
                OGRFeature feature(layer->GetLayerDefn());
                ogr::setDate(feature, "date", mFrames.at(i).date);
                ogr::setDate(feature, "date_end", endOf(i));
                setText(feature, "side_a", front.sideA);
                setText(feature, "side_b", front.sideB);
                feature.SetField("length_km", front.lengthKm);
                if (!setWkb(feature, front.wkb) || !add(layer, feature, file))
                    return false;
            }
        }
        return true;
    }

    bool writePlaces(GDALDataset *dataset, const QString &file)
    {
        OGRLayer *layer = createLayer(dataset, file, "places_series", wkbPoint);
        if (!layer)
            return false;
        addField(layer, "date", OFTDateTime);
        addField(layer, "date_end", OFTDateTime);
        addField(layer, "place_id", OFTString);
        addField(layer, "name", OFTString);
        addField(layer, "controller", OFTString);
        addField(layer, "contested", OFTInteger, OFSTBoolean);
        addField(layer, "conflict", OFTInteger, OFSTBoolean);
        addField(layer, "inferred", OFTInteger, OFSTBoolean);
        for (int i = 0; i < mFrames.size(); ++i) {
            for (const PlaceState &place : mFrames.at(i).state.places) {
                // A place enters the story with its first event (or an inferred holder).
                if (!place.hasLocation() || (place.eventCount == 0 && place.controller == Faction::Unknown))
                    continue;
                OGRFeature feature(layer->GetLayerDefn());
                ogr::setDate(feature, "date", mFrames.at(i).date);
                ogr::setDate(feature, "date_end", endOf(i));
                setText(feature, "place_id", place.placeId);
                setText(feature, "name", place.name);
                setText(feature, "controller", factionId(place.controller));
                feature.SetField("contested", place.contested ? 1 : 0);
                feature.SetField("conflict", place.conflict ? 1 : 0);
                feature.SetField("inferred", place.inferred ? 1 : 0);
                feature.SetGeometryDirectly(new OGRPoint(place.lon, place.lat));
                if (!add(layer, feature, file))
                    return false;
            }
        }
        return true;
    }

    bool writeAreaTable(GDALDataset *dataset, const QString &file)
    {
        const bool geoJson = formatOf(file) == Format::GeoJson;
        OGRLayer *layer = createLayer(dataset, file, "area_series", geoJson ? wkbUnknown : wkbNone);
        if (!layer)
            return false;
        addField(layer, "date", OFTDateTime);
        addField(layer, "faction", OFTString);
        addField(layer, "faction_label", OFTString);
        addField(layer, "area_km2", OFTReal);
        addField(layer, "places", OFTInteger);
        addField(layer, "share", OFTReal);
        for (const StoryFrame &frame : mFrames) {
            for (const FactionArea &area : frame.zones.areas) {
                OGRFeature feature(layer->GetLayerDefn());
                ogr::setDate(feature, "date", frame.date);
                setText(feature, "faction", area.classId);
                setText(feature, "faction_label", mStyles.label(area.classId));
                feature.SetField("area_km2", area.areaKm2);
                feature.SetField("places", int(area.placeIds.size()));
                feature.SetField("share", shareOf(area, frame.zones));
                if (!add(layer, feature, file))
                    return false;
            }
        }
        return true;
    }

    bool write(GDALDataset *dataset, const QString &file, int which)
    {
        const bool transaction = dataset->StartTransaction() == OGRERR_NONE;
        bool ok = false;
        switch (which) {
        case 0:
            ok = writeAreas(dataset, file);
            break;
        case 1:
            ok = writeFrontlines(dataset, file);
            break;
        case 2:
            ok = writePlaces(dataset, file);
            break;
        default:
            ok = writeAreaTable(dataset, file);
            break;
        }
        if (transaction)
            dataset->CommitTransaction();
        return ok;
    }

private:
    const StoryExportInput &mInput;
    const QVector<StoryFrame> &mFrames;
    Diagnostics *mDiagnostics;
    FactionStyles mStyles;
    OGRSpatialReference mSrs;
};

const char *const kSeriesLayers[] = {"areas_series", "frontlines_series", "places_series", "area_series"};
const char *const kBasemapLayers[] = {"land", "countries", "provinces", "rivers", "lakes"};

bool hasFrames(const StoryExportInput &input)
{
    return input.frames && !input.frames->isEmpty();
}

const StoryFrame *currentOf(const StoryExportInput &input)
{
    if (input.current)
        return input.current;
    return hasFrames(input) ? &input.frames->last() : nullptr;
}

GeoExportInput geoInputOf(const StoryExportInput &input)
{
    GeoExportInput geo;
    geo.events = input.events;
    if (const StoryFrame *frame = currentOf(input)) {
        geo.date = frame->date;
        geo.zones = &frame->zones;
        geo.state = &frame->state;
    }
    return geo;
}

bool copyBasemap(GDALDataset *target, const QString &source, const QString &file, Diagnostics *diagnostics)
{
    Dataset basemap(static_cast<GDALDataset *>(GDALOpenEx(
        source.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
    if (!basemap)
        return fail(diagnostics, source, QStringLiteral("cannot read the basemap"));
    for (const char *name : kBasemapLayers) {
        OGRLayer *layer = basemap->GetLayerByName(name);
        if (!layer)
            continue;
        const QByteArray copyName = QByteArray("basemap_") + name;
        if (!target->CopyLayer(layer, copyName.constData()))
            return fail(diagnostics, file,
                        QStringLiteral("cannot copy basemap layer %1").arg(QLatin1String(name)));
    }
    return true;
}

} // namespace

QStringList eventsCsvColumns()
{
    return {QStringLiteral("folder"),
            QStringLiteral("file"),
            QStringLiteral("place"),
            QStringLiteral("place_id"),
            QStringLiteral("geonameid"),
            QStringLiteral("lat"),
            QStringLiteral("lon"),
            QStringLiteral("surface"),
            QStringLiteral("date"),
            QStringLiteral("date_precision"),
            QStringLiteral("date_earliest"),
            QStringLiteral("date_latest"),
            QStringLiteral("date_note"),
            QStringLiteral("kind"),
            QStringLiteral("to"),
            QStringLiteral("from"),
            QStringLiteral("confidence"),
            QStringLiteral("evidence"),
            QStringLiteral("offset")};
}

bool writeEventsCsv(const QString &path, const ControlEvents &events, Diagnostics *diagnostics)
{
    QVector<QStringList> rows;
    rows.reserve(events.size());
    for (const ControlEvent &event : events) {
        rows.append({event.folder, event.file, event.place, event.placeId,
                     event.geonameId > 0 ? QString::number(event.geonameId) : QString(),
                     event.hasLocation() ? numberCell(event.lat) : QString(),
                     event.hasLocation() ? numberCell(event.lon) : QString(), event.surface,
                     dateCell(event.date), datePrecisionId(event.precision), dateCell(event.earliest),
                     dateCell(event.latest), event.dateNote, eventKindId(event.kind), factionId(event.to),
                     factionId(event.from), numberCell(event.confidence), event.evidence,
                     event.offset >= 0 ? QString::number(event.offset) : QString()});
    }
    return writeCsv(path, eventsCsvColumns(), rows, diagnostics);
}

bool writeAreaSeriesCsv(const QString &path, const QVector<StoryFrame> &frames, Diagnostics *diagnostics)
{
    const FactionStyles styles = FactionStyles::load();
    QVector<QStringList> rows;
    for (const StoryFrame &frame : frames)
        for (const FactionArea &area : frame.zones.areas)
            rows.append({dateCell(frame.date), area.classId, styles.label(area.classId),
                         numberCell(area.areaKm2, 1), QString::number(area.placeIds.size()),
                         numberCell(shareOf(area, frame.zones), 3)});
    return writeCsv(path, areaSeriesColumns(), rows, diagnostics);
}

QStringList storyLayerNames()
{
    QStringList names = {QStringLiteral("events"), QStringLiteral("areas"), QStringLiteral("frontlines"),
                         QStringLiteral("places")};
    for (const char *name : kSeriesLayers)
        names << QLatin1String(name);
    return names;
}

QStringList storyExportFiles(const QString &path, const StoryExportInput &input)
{
    switch (formatOf(path)) {
    case Format::GeoPackage:
        return {path};
    case Format::Csv:
        return hasFrames(input) ? QStringList{path, sibling(path, QStringLiteral("area_series"))}
                                : QStringList{path};
    case Format::GeoJson: {
        QStringList files = geoExportFiles(path, geoInputOf(input));
        if (hasFrames(input))
            for (const char *name : kSeriesLayers)
                files << sibling(path, QLatin1String(name));
        return files;
    }
    case Format::Unknown:
        break;
    }
    return {};
}

bool writeStoryExport(const QString &path, const StoryExportInput &input, Diagnostics *diagnostics)
{
    const Format format = formatOf(path);
    if (format == Format::Unknown)
        return fail(diagnostics, path,
                    QStringLiteral("unknown export format: use .gpkg, .geojson, .json or .csv"));
    if (!input.events)
        return fail(diagnostics, path, QStringLiteral("nothing to export: no events"));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(diagnostics, path, QStringLiteral("cannot create the folder"));

    if (format == Format::Csv) {
        if (!writeEventsCsv(path, *input.events, diagnostics))
            return false;
        return !hasFrames(input) ||
               writeAreaSeriesCsv(sibling(path, QStringLiteral("area_series")), *input.frames, diagnostics);
    }

    if (!writeGeoExport(path, geoInputOf(input), diagnostics))
        return false;
    const bool series = hasFrames(input);
    if (!series && (format != Format::GeoPackage || input.basemap.isEmpty()))
        return true;

    GDALAllRegister();
    if (format == Format::GeoPackage) {
        Dataset dataset(static_cast<GDALDataset *>(GDALOpenEx(
            path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr)));
        if (!dataset)
            return fail(diagnostics, path, QStringLiteral("cannot reopen the GeoPackage"));
        if (series) {
            SeriesWriter writer(input, diagnostics);
            for (int i = 0; i < 4; ++i)
                if (!writer.write(dataset.get(), path, i))
                    return false;
        }
        return input.basemap.isEmpty() || copyBasemap(dataset.get(), input.basemap, path, diagnostics);
    }

    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GeoJSON");
    if (!driver)
        return fail(diagnostics, path, QStringLiteral("GDAL has no GeoJSON driver"));
    SeriesWriter writer(input, diagnostics);
    for (int i = 0; i < 4; ++i) {
        const QString file = sibling(path, QLatin1String(kSeriesLayers[i]));
        QFile::remove(file);
        Dataset dataset(driver->Create(file.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!dataset)
            return writer.fail(file, QStringLiteral("cannot create the file"));
        if (!writer.write(dataset.get(), file, i))
            return false;
    }
    return true;
}

} // namespace cm
