#include "conflictmap/zonebuilder.h"

#include "zones/edgegraph.h"
#include "zones/geosutil.h"

#include <QHash>
#include <cmath>
#include <cstring>
#include <map>
#include <ogrsf_frmts.h>
#include <unordered_map>

namespace cm {

double claimRadiusKm(qint64 population, const ZoneOptions &options)
{
    const double decades = population > 1000 ? std::log10(double(population) / 1000.0) : 0.0;
    return std::clamp(options.baseRadiusKm + options.radiusPerDecadeKm * decades, options.baseRadiusKm,
                      std::max(options.baseRadiusKm, options.maxRadiusKm));
}

const FactionArea *ZoneResult::area(const QString &classId) const
{
    for (const FactionArea &area : areas)
        if (area.classId == classId)
            return &area;
    return nullptr;
}

namespace {

// Overlay results are snapped to this grid (degrees, ~1 cm) so that two cells sharing
// an edge get bit-identical vertices on it.
constexpr double kGrid = 1e-7;

const QStringList &classIds()
{
    static const QStringList ids = [] {
        QStringList result;
        for (int faction = int(Faction::Isis); faction <= int(Faction::Turkey); ++faction)
            result.append(factionId(Faction(faction)));
        result.append(QStringLiteral("contested"));
        return result;
    }();
    return ids;
}

quint64 mix(quint64 hash, quint64 value)
{
    // splitmix64 step: cheap and well spread, for cache keys of cell sets.
    hash ^= value + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2);
    hash ^= hash >> 31;
    hash *= 0xbf58476d1ce4e5b9ULL;
    return hash ^ (hash >> 27);
}

struct Face {
    int cell = -1;
    geos::Geometry geometry;
    double areaKm2 = 0.0;
};

struct Cell {
    int place = -1;
    QVector<int> faces;
    double areaKm2 = 0.0;
    QByteArray wkb;
};

struct Dissolved {
    QByteArray wkb;
    double areaKm2 = 0.0;
    quint64 lastUse = 0;
};

struct Cached {
    quint64 key = 0;
    ZoneResult result;
    quint64 lastUse = 0;
};

void collectError(const char *message, void *userData)
{
    *static_cast<QString *>(userData) = QString::fromUtf8(message);
}

} // namespace

struct ZoneBuilder::Data {
    GEOSContextHandle_t context = GEOS_init_r();
    QString lastError;
    ZoneOptions options;
    geos::Geometry land = geos::own(context, nullptr);
    QVector<ZonePlace> places;
    QHash<QString, int> cellOfPlace;
    QVector<Cell> cells;
    std::vector<Face> faces;
    EdgeGraph graph;
    quint64 clock = 0;
    std::unordered_map<quint64, Dissolved> dissolved;
    std::vector<Cached> results;
    int cacheHits = 0;
    int reused = 0;

    Data()
    {
        GEOSContext_setErrorMessageHandler_r(context, collectError, &lastError);
        GEOSContext_setNoticeMessageHandler_r(context, nullptr, nullptr);
    }
    ~Data()
    {
        land.reset();
        faces.clear();
        GEOS_finish_r(context);
    }

    geos::Geometry regionBox() const;
    geos::Geometry circle(double lat, double lon, double radiusKm) const;
    void build();
    QVector<int> classesOf(const ControlState &state) const;
    Dissolved dissolve(const QVector<int> &cellList);
    geos::Geometry unionOfCells(const QVector<int> &cellList) const;
};

ZoneBuilder::ZoneBuilder() : d(std::make_unique<Data>()) {}
ZoneBuilder::~ZoneBuilder() = default;

void ZoneBuilder::setOptions(const ZoneOptions &options)
{
    d->options = options;
    d->options.circleSegments = std::max(8, options.circleSegments);
    d->options.cacheSize = std::max(1, options.cacheSize);
    setPlaces({});
}

ZoneOptions ZoneBuilder::options() const
{
    return d->options;
}

geos::Geometry ZoneBuilder::Data::regionBox() const
{
    const QRectF &r = options.region;
    return geos::own(context, GEOSGeom_createRectangle_r(context, r.left(), r.top(), r.right(), r.bottom()));
}

geos::Geometry ZoneBuilder::Data::circle(double lat, double lon, double radiusKm) const
{
    // A local ellipse in degrees: accurate to well under 1% for radii of tens of km.
    const double dLat = radiusKm / 110.574;
    const double dLon = radiusKm / (111.320 * std::cos(lat * M_PI / 180.0));
    const int n = options.circleSegments;
    std::vector<double> xy;
    xy.reserve(size_t(2 * (n + 1)));
    for (int i = 0; i <= n; ++i) {
        const double angle = 2.0 * M_PI * (i % n) / n;
        xy.push_back(lon + dLon * std::cos(angle));
        xy.push_back(lat + dLat * std::sin(angle));
    }
    GEOSCoordSequence *sequence = GEOSCoordSeq_copyFromBuffer_r(context, xy.data(), size_t(n + 1), 0, 0);
    GEOSGeometry *ring = GEOSGeom_createLinearRing_r(context, sequence);
    return geos::own(context, GEOSGeom_createPolygon_r(context, ring, nullptr, 0));
}

bool ZoneBuilder::loadLand(const QString &path, const QString &layerName, Diagnostics *diagnostics)
{
    auto report = [&](const QString &message) {
        if (diagnostics)
            diagnostics->append({path, 0, message});
        return false;
    };
    GDALAllRegister();
    GDALDataset *dataset = static_cast<GDALDataset *>(
        GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!dataset)
        return report(QStringLiteral("cannot open the land polygons with GDAL"));
    OGRLayer *layer = nullptr;
    if (!layerName.isEmpty())
        layer = dataset->GetLayerByName(layerName.toUtf8().constData());
    else if (!(layer = dataset->GetLayerByName("land")) && dataset->GetLayerCount() > 0)
        layer = dataset->GetLayer(0);
    if (!layer) {
        GDALClose(dataset);
        return report(QStringLiteral("no layer '%1' in the land source").arg(layerName));
    }
    std::vector<geos::Geometry> parts;
    for (auto &feature : *layer) {
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry || wkbFlatten(geometry->getGeometryType()) == wkbPoint)
            continue;
        QByteArray wkb(int(geometry->WkbSize()), Qt::Uninitialized);
        geometry->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
        geos::Geometry part = geos::fromWkb(d->context, wkb);
        if (part)
            parts.push_back(std::move(part));
    }
    GDALClose(dataset);
    std::vector<const GEOSGeometry *> pointers;
    for (const geos::Geometry &part : parts)
        pointers.push_back(part.get());
    geos::Geometry all = geos::collect(d->context, GEOS_GEOMETRYCOLLECTION, pointers);
    geos::Geometry merged = geos::own(d->context, GEOSUnaryUnion_r(d->context, all.get()));
    if (!merged || GEOSisEmpty_r(d->context, merged.get()))
        return report(QStringLiteral("the land layer holds no polygon") +
                      (d->lastError.isEmpty() ? QString() : QStringLiteral(": ") + d->lastError));
    return setLandWkb(geos::toWkb(d->context, merged.get()));
}

bool ZoneBuilder::setLandWkb(const QByteArray &wkb)
{
    geos::Geometry box = d->regionBox();
    if (wkb.isEmpty()) {
        d->land = geos::asMultiPolygon(d->context, box.get());
    } else {
        geos::Geometry land = geos::fromWkb(d->context, wkb);
        if (!land)
            return false;
        geos::Geometry clipped =
            geos::own(d->context, GEOSIntersectionPrec_r(d->context, land.get(), box.get(), kGrid));
        if (!clipped)
            return false;
        d->land = geos::asMultiPolygon(d->context, clipped.get());
    }
    setPlaces(d->places);
    return true;
}

QByteArray ZoneBuilder::landWkb() const
{
    return geos::toWkb(d->context, d->land.get());
}

void ZoneBuilder::setPlaces(const QVector<ZonePlace> &places)
{
    d->places = places;
    d->build();
}

const QVector<ZonePlace> &ZoneBuilder::places() const
{
    return d->places;
}

QVector<ZoneCell> ZoneBuilder::cells() const
{
    QVector<ZoneCell> result;
    result.reserve(d->places.size());
    for (const ZonePlace &place : d->places) {
        ZoneCell cell;
        cell.placeId = place.id;
        const int index = d->cellOfPlace.value(place.id, -1);
        if (index >= 0) {
            cell.wkb = d->cells.at(index).wkb;
            cell.areaKm2 = d->cells.at(index).areaKm2;
        }
        result.append(cell);
    }
    return result;
}

void ZoneBuilder::Data::build()
{
    cellOfPlace.clear();
    cells.clear();
    faces.clear();
    dissolved.clear();
    results.clear();
    if (!land)
        land = geos::asMultiPolygon(context, regionBox().get());

    // Sites: located places inside the region, one per distinct position.
    const QRectF &region = options.region;
    QHash<QPair<qint64, qint64>, int> seen;
    std::vector<geos::Geometry> sites;
    for (int i = 0; i < places.size(); ++i) {
        const ZonePlace &place = places.at(i);
        if (!(place.lon >= region.left() && place.lon <= region.right() && place.lat >= region.top() &&
              place.lat <= region.bottom()) ||
            cellOfPlace.contains(place.id))
            continue;
        const QPair<qint64, qint64> key(qRound64(place.lon / kGrid), qRound64(place.lat / kGrid));
        if (seen.contains(key))
            continue;
        seen.insert(key, i);
        Cell cell;
        cell.place = i;
        cellOfPlace.insert(place.id, cells.size());
        cells.append(cell);
        sites.push_back(geos::own(context, GEOSGeom_createPointFromXY_r(context, place.lon, place.lat)));
    }
    if (cells.isEmpty())
        return;

    // Voronoi cells, matched back to their sites (the nearest site of a cell's centroid).
    std::vector<const GEOSGeometry *> sitePointers;
    std::unordered_map<const GEOSGeometry *, size_t> siteIndex;
    for (const geos::Geometry &site : sites) {
        siteIndex.emplace(site.get(), sitePointers.size());
        sitePointers.push_back(site.get());
    }
    std::vector<geos::Geometry> voronoi(size_t(cells.size()));
    geos::Geometry box = regionBox();
    if (cells.size() == 1) {
        voronoi[0] = geos::own(context, GEOSGeom_clone_r(context, box.get()));
    } else {
        geos::Geometry multipoint = geos::collect(context, GEOS_MULTIPOINT, sitePointers);
        geos::Geometry envelope = geos::own(context, GEOSBuffer_r(context, box.get(), 1.0, 1));
        geos::Geometry diagram =
            geos::own(context, GEOSVoronoiDiagram_r(context, multipoint.get(), envelope.get(), 0.0, 0));
        GEOSSTRtree *tree = GEOSSTRtree_create_r(context, 10);
        for (size_t i = 0; i < sites.size(); ++i)
            GEOSSTRtree_insert_r(context, tree, sites[i].get(), sites[i].get());
        const int count = diagram ? GEOSGetNumGeometries_r(context, diagram.get()) : 0;
        for (int i = 0; i < count; ++i) {
            const GEOSGeometry *polygon = GEOSGetGeometryN_r(context, diagram.get(), i);
            geos::Geometry centroid = geos::own(context, GEOSGetCentroid_r(context, polygon));
            const GEOSGeometry *nearest = GEOSSTRtree_nearest_r(context, tree, centroid.get());
            const auto site = siteIndex.find(nearest);
            if (site != siteIndex.end())
                voronoi[site->second] = geos::own(context, GEOSGeom_clone_r(context, polygon));
        }
        GEOSSTRtree_destroy_r(context, tree);
    }

    // Clip each cell to its claim circle, then to land (skipped when inside land).
    geos::Prepared preparedLand(GEOSPrepare_r(context, land.get()), geos::PreparedDeleter{context});
    std::vector<geos::Geometry> pieces(size_t(cells.size()));
    for (int c = 0; c < cells.size(); ++c) {
        if (!voronoi[size_t(c)])
            continue;
        const ZonePlace &place = places.at(cells.at(c).place);
        geos::Geometry disk = circle(place.lat, place.lon, claimRadiusKm(place.population, options));
        geos::Geometry piece =
            geos::own(context, GEOSIntersectionPrec_r(context, voronoi[size_t(c)].get(), disk.get(), kGrid));
        if (piece && !GEOSPreparedContains_r(context, preparedLand.get(), piece.get())) {
            if (!GEOSPreparedIntersects_r(context, preparedLand.get(), piece.get()))
                piece.reset();
            else
                piece = geos::own(context, GEOSIntersectionPrec_r(context, piece.get(), land.get(), kGrid));
        }
        if (piece && !GEOSisEmpty_r(context, piece.get()))
            pieces[size_t(c)] = std::move(piece);
    }

    // Node every cell outline together so neighbours share identical vertices, then
    // rebuild the faces and give each to the cell it lies in.
    std::vector<geos::Geometry> outlines;
    std::vector<const GEOSGeometry *> outlinePointers;
    for (const geos::Geometry &piece : pieces)
        if (piece) {
            outlines.push_back(geos::own(context, GEOSBoundary_r(context, piece.get())));
            if (outlines.back())
                outlinePointers.push_back(outlines.back().get());
        }
    geos::Geometry linework = geos::collect(context, GEOS_GEOMETRYCOLLECTION, outlinePointers);
    outlines.clear();
    geos::Geometry noded = geos::own(context, GEOSUnaryUnionPrec_r(context, linework.get(), kGrid));
    linework.reset();
    if (!noded)
        return;
    const GEOSGeometry *nodedPointer = noded.get();
    geos::Geometry polygons = geos::own(context, GEOSPolygonize_r(context, &nodedPointer, 1));
    noded.reset();
    if (!polygons)
        return;

    GEOSSTRtree *siteTree = GEOSSTRtree_create_r(context, 10);
    for (size_t i = 0; i < sites.size(); ++i)
        GEOSSTRtree_insert_r(context, siteTree, sites[i].get(), sites[i].get());
    std::vector<geos::Prepared> preparedPieces(pieces.size());
    const int faceCount = GEOSGetNumGeometries_r(context, polygons.get());
    for (int i = 0; i < faceCount; ++i) {
        const GEOSGeometry *polygon = GEOSGetGeometryN_r(context, polygons.get(), i);
        geos::Geometry inside = geos::own(context, GEOSPointOnSurface_r(context, polygon));
        if (!inside)
            continue;
        const GEOSGeometry *nearest = GEOSSTRtree_nearest_r(context, siteTree, inside.get());
        const auto site = siteIndex.find(nearest);
        const int cell = site == siteIndex.end() ? -1 : int(site->second);
        if (cell < 0 || !pieces[size_t(cell)])
            continue;
        geos::Prepared &prepared = preparedPieces[size_t(cell)];
        if (!prepared)
            prepared = geos::Prepared(GEOSPrepare_r(context, pieces[size_t(cell)].get()),
                                      geos::PreparedDeleter{context});
        // Faces enclosed by cells without belonging to one (gaps between circles) stay unclaimed.
        if (!GEOSPreparedIntersects_r(context, prepared.get(), inside.get()))
            continue;
        Face face;
        face.cell = cell;
        face.geometry = geos::own(context, GEOSGeom_clone_r(context, polygon));
        face.areaKm2 = geos::areaKm2(context, polygon);
        cells[cell].faces.append(int(faces.size()));
        cells[cell].areaKm2 += face.areaKm2;
        faces.push_back(std::move(face));
    }
    GEOSSTRtree_destroy_r(context, siteTree);
    preparedPieces.clear();
    for (int c = 0; c < cells.size(); ++c) {
        geos::Geometry geometry = unionOfCells({c});
        cells[c].wkb = geometry ? geos::toWkb(context, geometry.get()) : QByteArray();
    }

    // Shared edges, indexed once: dissolving and frontlines then only select among them.
    std::vector<std::pair<const GEOSGeometry *, int>> faceList;
    for (const Face &face : faces)
        faceList.emplace_back(face.geometry.get(), face.cell);
    graph.build(context, faceList);
}

geos::Geometry ZoneBuilder::Data::unionOfCells(const QVector<int> &cellList) const
{
    std::vector<const GEOSGeometry *> parts;
    for (int cell : cellList)
        for (int face : cells.at(cell).faces)
            parts.push_back(faces[size_t(face)].geometry.get());
    if (parts.empty())
        return geos::own(context, nullptr);
    geos::Geometry collection = geos::collect(context, GEOS_GEOMETRYCOLLECTION, parts);
    geos::Geometry merged = geos::own(context, GEOSCoverageUnion_r(context, collection.get()));
    // The faces form a noded coverage, so the coverage union should not fail; if GEOS
    // disagrees, fall back to the general (slower) union.
    if (!merged)
        merged = geos::own(context, GEOSUnaryUnionPrec_r(context, collection.get(), kGrid));
    return geos::asMultiPolygon(context, merged.get());
}

Dissolved ZoneBuilder::Data::dissolve(const QVector<int> &cellList)
{
    quint64 key = quint64(cellList.size());
    for (int cell : cellList)
        key = mix(key, quint64(cell));
    const auto it = dissolved.find(key);
    if (it != dissolved.end()) {
        it->second.lastUse = ++clock;
        ++reused;
        return it->second;
    }
    Dissolved result;
    std::vector<char> member(size_t(cells.size()), 0);
    for (int cell : cellList)
        member[size_t(cell)] = 1;
    result.wkb = graph.dissolve(member);
    for (int cell : cellList)
        result.areaKm2 += cells.at(cell).areaKm2;
    result.lastUse = ++clock;
    // Keep a bounded number of dissolved classes: drop the least recently used.
    const size_t limit = size_t(options.cacheSize) * size_t(classIds().size());
    if (dissolved.size() >= limit) {
        auto oldest = dissolved.begin();
        for (auto i = dissolved.begin(); i != dissolved.end(); ++i)
            if (i->second.lastUse < oldest->second.lastUse)
                oldest = i;
        dissolved.erase(oldest);
    }
    dissolved.emplace(key, result);
    return result;
}

QString ZoneBuilder::zoneClass(const PlaceState &state)
{
    if (state.contested)
        return QStringLiteral("contested");
    return factionId(state.controller);
}

QVector<int> ZoneBuilder::Data::classesOf(const ControlState &state) const
{
    QVector<int> classes(cells.size(), -1);
    for (const PlaceState &place : state.places) {
        const int cell = cellOfPlace.value(place.placeId, -1);
        if (cell < 0)
            continue;
        // classIds() lists the factions in enum order, then "contested".
        classes[cell] = place.contested ? classIds().size() - 1 : int(place.controller) - 1;
    }
    return classes;
}

ZoneResult ZoneBuilder::compute(const ControlState &state)
{
    const QVector<int> classes = d->classesOf(state);
    quint64 key = quint64(classes.size());
    for (int value : classes)
        key = mix(key, quint64(value + 1));
    for (Cached &cached : d->results)
        if (cached.key == key) {
            cached.lastUse = ++d->clock;
            ++d->cacheHits;
            ZoneResult result = cached.result;
            result.date = state.date;
            return result;
        }

    ZoneResult result;
    result.date = state.date;
    const QStringList &ids = classIds();
    QVector<QVector<int>> members(ids.size());
    for (int cell = 0; cell < classes.size(); ++cell) {
        if (classes.at(cell) >= 0)
            members[classes.at(cell)].append(cell);
        else
            result.unfilledKm2 += d->cells.at(cell).areaKm2;
    }
    // classIds() is in contract order; the result lists classes by id.
    QVector<int> order;
    for (int k = 0; k < ids.size(); ++k)
        if (!members.at(k).isEmpty())
            order.append(k);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return ids.at(a) < ids.at(b); });
    for (int k : order) {
        const Dissolved dissolved = d->dissolve(members.at(k));
        FactionArea area;
        area.classId = ids.at(k);
        area.wkb = dissolved.wkb;
        area.areaKm2 = dissolved.areaKm2;
        for (int cell : members.at(k))
            area.placeIds.append(d->places.at(d->cells.at(cell).place).id);
        result.claimedKm2 += area.areaKm2;
        result.areas.append(area);
    }

    std::map<std::pair<QString, QString>, std::vector<const EdgeGraph::Chain *>> borders;
    for (const EdgeGraph::Chain &chain : d->graph.chains()) {
        if (chain.right < 0)
            continue;
        const int a = classes.at(chain.left), b = classes.at(chain.right);
        if (a < 0 || b < 0 || a == b)
            continue;
        const QString &idA = ids.at(a), &idB = ids.at(b);
        borders[idA < idB ? std::make_pair(idA, idB) : std::make_pair(idB, idA)].push_back(&chain);
    }
    for (const auto &[pair, list] : borders) {
        Frontline frontline;
        frontline.sideA = pair.first;
        frontline.sideB = pair.second;
        std::vector<GEOSGeometry *> lines;
        for (const EdgeGraph::Chain *chain : list) {
            GEOSCoordSequence *sequence =
                GEOSCoordSeq_copyFromBuffer_r(d->context, chain->xy.data(), chain->xy.size() / 2, 0, 0);
            lines.push_back(GEOSGeom_createLineString_r(d->context, sequence));
            frontline.lengthKm += chain->lengthKm;
        }
        geos::Geometry multi =
            geos::own(d->context, GEOSGeom_createCollection_r(d->context, GEOS_MULTILINESTRING, lines.data(),
                                                              unsigned(lines.size())));
        geos::Geometry merged = geos::own(d->context, GEOSLineMerge_r(d->context, multi.get()));
        if (merged && GEOSGeomTypeId_r(d->context, merged.get()) == GEOS_LINESTRING) {
            const GEOSGeometry *single = merged.get();
            merged = geos::collect(d->context, GEOS_MULTILINESTRING, {single});
        }
        frontline.wkb = geos::toWkb(d->context, merged ? merged.get() : multi.get());
        result.frontlines.append(frontline);
    }

    if (int(d->results.size()) >= d->options.cacheSize) {
        auto oldest = d->results.begin();
        for (auto i = d->results.begin(); i != d->results.end(); ++i)
            if (i->lastUse < oldest->lastUse)
                oldest = i;
        d->results.erase(oldest);
    }
    d->results.push_back({key, result, ++d->clock});
    return result;
}

ZoneChanges ZoneBuilder::changes(const ControlState &before, const ControlState &after)
{
    ZoneChanges result;
    result.from = before.date;
    result.to = after.date;
    const QVector<int> was = d->classesOf(before);
    const QVector<int> now = d->classesOf(after);
    const QStringList &ids = classIds();
    QVector<QVector<int>> gained(ids.size()), lost(ids.size());
    for (int cell = 0; cell < was.size(); ++cell) {
        if (was.at(cell) == now.at(cell))
            continue;
        if (now.at(cell) >= 0)
            gained[now.at(cell)].append(cell);
        if (was.at(cell) >= 0)
            lost[was.at(cell)].append(cell);
    }
    QVector<int> order;
    for (int k = 0; k < ids.size(); ++k)
        if (!gained.at(k).isEmpty() || !lost.at(k).isEmpty())
            order.append(k);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return ids.at(a) < ids.at(b); });
    for (int k : order) {
        ZoneChange change;
        change.classId = ids.at(k);
        for (int cell : gained.at(k)) {
            change.placesGained.append(d->places.at(d->cells.at(cell).place).id);
            change.areaGainedKm2 += d->cells.at(cell).areaKm2;
        }
        for (int cell : lost.at(k)) {
            change.placesLost.append(d->places.at(d->cells.at(cell).place).id);
            change.areaLostKm2 += d->cells.at(cell).areaKm2;
        }
        auto dissolveCells = [&](const QVector<int> &list) {
            std::vector<char> member(size_t(d->cells.size()), 0);
            for (int cell : list)
                member[size_t(cell)] = 1;
            return d->graph.dissolve(member);
        };
        if (!gained.at(k).isEmpty())
            change.gainedWkb = dissolveCells(gained.at(k));
        if (!lost.at(k).isEmpty())
            change.lostWkb = dissolveCells(lost.at(k));
        result.changes.append(change);
    }
    return result;
}

int ZoneBuilder::cacheHits() const
{
    return d->cacheHits;
}
int ZoneBuilder::reusedDissolves() const
{
    return d->reused;
}

void ZoneBuilder::clearCache()
{
    d->results.clear();
    d->dissolved.clear();
}

} // namespace cm
