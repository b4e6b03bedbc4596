#pragma once

#include <QByteArray>
#include <QDate>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cm {

/** Geometry in these results is OGC WKB (ISO, little-endian, 2D), x = longitude and
 *  y = latitude in WGS 84 degrees (EPSG:4326): QgsGeometry::fromWkb and OGR read it as is.
 *  Areas are in km² on the sphere (sinusoidal equal-area formula per ring, authalic radius
 *  6371.007 km: within about 0.3% of the WGS 84 ellipsoid); lengths are geodesic km. */

/** A place that claims the land nearest to it. */
struct ZonePlace {
    QString id; ///< same id as PlaceState::placeId
    QString name;
    double lat = 0.0; ///< WGS 84 degrees
    double lon = 0.0;
    qint64 population = 0; ///< 0 when unknown (gets the base radius)
};

/** How far places claim land. Radius = base + perDecade × log10(population / 1000),
 *  clamped to [base, max]: 10 km for a village, ~26 km for 100,000 people, ~34 km for a
 *  million. */
struct ZoneOptions {
    double baseRadiusKm = 10.0;
    double radiusPerDecadeKm = 8.0;
    double maxRadiusKm = 40.0;
    int circleSegments = 32;                       ///< vertices of the claim circle
    QRectF region = QRectF(34.0, 29.0, 15.0, 9.0); ///< lon/lat box of the region (34–49E, 29–38N)
    int cacheSize = 64;                            ///< results kept per date (LRU)
};

/** Claim radius of a place in km under `options`. */
double claimRadiusKm(qint64 population, const ZoneOptions &options);

/** The land claimed by one place (independent of the date). */
struct ZoneCell {
    QString placeId;
    QByteArray wkb; ///< (Multi)Polygon; empty when the place claims no land (at sea, outside)
    double areaKm2 = 0.0;
};

/** Everything one zone class holds at a date. A class is a faction id of the contract or
 *  "contested" (places under a partial capture); places with no known holder are unfilled. */
struct FactionArea {
    QString classId;
    QByteArray wkb;       ///< MultiPolygon, the dissolved cells of the class
    double areaKm2 = 0.0; ///< sum of the cells' areas
    QStringList placeIds; ///< the places whose cells make it up, in ZonePlace order
};

/** The border between two classes' areas. */
struct Frontline {
    QString sideA; ///< class ids, sideA < sideB
    QString sideB;
    QByteArray wkb; ///< MultiLineString (merged where it connects)
    double lengthKm = 0.0;
};

/** Areas and frontlines at one date. */
struct ZoneResult {
    QDate date;
    QVector<FactionArea> areas;    ///< one per class holding land, sorted by classId
    QVector<Frontline> frontlines; ///< one per pair of classes that touch, sorted by (sideA, sideB)
    double claimedKm2 = 0.0;       ///< land claimed by places of any class (= sum of areas)
    double unfilledKm2 = 0.0;      ///< land of cells whose place has no known holder

    /** The area of a class, nullptr when it holds nothing. */
    const FactionArea *area(const QString &classId) const;
};

/** What one class gained and lost between two dates. */
struct ZoneChange {
    QString classId;
    QStringList placesGained; ///< places whose class became classId
    QStringList placesLost;   ///< places whose class stopped being classId
    double areaGainedKm2 = 0.0;
    double areaLostKm2 = 0.0;
    QByteArray gainedWkb; ///< MultiPolygon of the land gained (empty when none)
    QByteArray lostWkb;   ///< MultiPolygon of the land lost (empty when none)
};

/** Changes between two dates, one entry per class that gained or lost something. */
struct ZoneChanges {
    QDate from;
    QDate to;
    QVector<ZoneChange> changes; ///< sorted by classId
};

} // namespace cm
