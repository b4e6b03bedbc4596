#pragma once
// Small OGR helpers shared by the GeoPackage/GeoJSON writers of the io module.

#include <QByteArray>
#include <QDate>
#include <QString>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace cm::ogr {

struct DatasetCloser {
    void operator()(GDALDataset *dataset) const { GDALClose(dataset); }
};
/** A GDAL dataset closed when it goes out of scope. */
using Dataset = std::unique_ptr<GDALDataset, DatasetCloser>;

/** Sets a date/datetime field to midnight UTC of `date`, or null when invalid. */
void setDate(OGRFeature &feature, const char *field, const QDate &date);

/** Sets a string field, or null when `text` is a null QString (an empty one stays ""). */
void setText(OGRFeature &feature, const char *field, const QString &text);

/** Sets the geometry from WKB (nothing when empty); false when the WKB is invalid.
 *  `forceMulti` turns polygons and lines into their multi types, so one layer has one type. */
bool setWkb(OGRFeature &feature, const QByteArray &wkb, bool forceMulti = false);

/** Adds a field of a type (and sub-type) to a layer. */
void addField(OGRLayer *layer, const char *name, OGRFieldType type, OGRFieldSubType subType = OFSTNone);

/** EPSG:4326 in longitude/latitude axis order. */
void setWgs84(OGRSpatialReference &srs);

} // namespace cm::ogr
