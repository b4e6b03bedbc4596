#include "io/ogrsupport.h"

namespace cm::ogr {

void setDate(OGRFeature &feature, const char *field, const QDate &date)
{
    if (date.isValid())
        feature.SetField(field, date.year(), date.month(), date.day(), 0, 0, 0.0f, 100);
    else
        feature.SetFieldNull(feature.GetFieldIndex(field));
}

void setText(OGRFeature &feature, const char *field, const QString &text)
{
    if (text.isNull())
        feature.SetFieldNull(feature.GetFieldIndex(field));
    else
        feature.SetField(field, text.toUtf8().constData());
}

bool setWkb(OGRFeature &feature, const QByteArray &wkb, bool forceMulti)
{
    if (wkb.isEmpty())
        return true;
    OGRGeometry *geometry = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &geometry, size_t(wkb.size())) !=
        OGRERR_NONE)
        return false;
    if (forceMulti && wkbFlatten(geometry->getGeometryType()) == wkbPolygon)
        geometry = OGRGeometryFactory::forceToMultiPolygon(geometry);
    else if (forceMulti && wkbFlatten(geometry->getGeometryType()) == wkbLineString)
        geometry = OGRGeometryFactory::forceToMultiLineString(geometry);
    feature.SetGeometryDirectly(geometry);
    return true;
}

void addField(OGRLayer *layer, const char *name, OGRFieldType type, OGRFieldSubType subType)
{
    OGRFieldDefn field(name, type);
    field.SetSubType(subType);
    layer->CreateField(&field);
}

void setWgs84(OGRSpatialReference &srs)
{
    srs.importFromEPSG(4326);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
}

} // namespace cm::ogr
