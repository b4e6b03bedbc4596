#pragma once

#include <QString>
#include <QStringList>

namespace cm {

/** What a gazetteer entry is. */
enum class PlaceKind { Country, Province, City, Town, Village, Crossing, District, Airbase, Dam, Site };

/** Contract ids: "country", "province", "city", "town", "village", "crossing", … */
QString placeKindId(PlaceKind kind);
/** Kind for an id; Village for anything unknown. */
PlaceKind placeKindFromId(const QString &id);

/** A gazetteer entry. Coordinates are WGS 84 degrees. */
struct Place {
    QString id;          ///< "gn:<geonameid>", "ne1:<ISO 3166-2>", "ne0:<ISO2>" or "cm:<slug>"
    qint64 geonameId = 0; ///< GeoNames id, 0 when the place does not come from GeoNames
    QString name;        ///< main name (GeoNames)
    QString frenchName;  ///< French name where known, else empty
    double lat = 0.0;
    double lon = 0.0;
    QString country; ///< ISO 3166-1 alpha-2
    QString admin1;  ///< ISO 3166-2 of the province, may be empty
    PlaceKind kind = PlaceKind::Village;
    qint64 population = 0;
    QStringList names; ///< every known spelling

    /** French name when known, else the main name. */
    QString displayName() const { return frenchName.isEmpty() ? name : frenchName; }
};

} // namespace cm
