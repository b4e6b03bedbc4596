#include "basemap.h"

#include "mapstyle.h"

#include <qgsfeatureiterator.h>
#include <qgsvectorlayer.h>

#include <QFileInfo>
#include <QSet>
#include <cmath>

namespace cm {

Basemap::Basemap() = default;
Basemap::~Basemap()
{
    clear();
}

void Basemap::clear()
{
    mLayers.clear();
}

QgsVectorLayer *Basemap::open(const QString &geopackage, const QString &table, Diagnostics *diagnostics)
{
    QgsVectorLayer::LayerOptions options;
    options.loadDefaultStyle = false;
    auto layer = std::make_unique<QgsVectorLayer>(QStringLiteral("%1|layername=%2").arg(geopackage, table),
                                                  table, QStringLiteral("ogr"), options);
    if (!layer->isValid()) {
        if (diagnostics)
            diagnostics->append({geopackage, 0,
                                 QStringLiteral("basemap layer '%1' cannot be read").arg(table),
                                 Diagnostic::Severity::Warning});
        return nullptr;
    }
    mLayers.push_back(std::move(layer));
    return mLayers.back().get();
}

bool Basemap::load(const QString &geopackage, bool french, int labelPopulation, Diagnostics *diagnostics)
{
    clear();
    if (!QFileInfo::exists(geopackage)) {
        if (diagnostics)
            diagnostics->append({geopackage, 0,
                                 QStringLiteral("the basemap is missing; the map has no background"),
                                 Diagnostic::Severity::Warning});
        return false;
    }
    // Bottom to top; the exports style the same tables the same way (MapStyle).
    for (const QString &table :
         {QStringLiteral("land"), QStringLiteral("countries"), QStringLiteral("provinces"),
          QStringLiteral("lakes"), QStringLiteral("rivers")}) {
        if (QgsVectorLayer *layer = open(geopackage, table, diagnostics))
            MapStyle::styleBasemap(layer, table, labelPopulation, french);
    }
    if (QgsVectorLayer *countries = layer(QStringLiteral("countries"))) {
        // Country borders are drawn by a second, outline-only layer above the provinces.
        auto borders = std::unique_ptr<QgsVectorLayer>(countries->clone());
        borders->setName(QStringLiteral("borders"));
        MapStyle::styleBasemap(borders.get(), QStringLiteral("borders"), labelPopulation, french);
        mLayers.push_back(std::move(borders));
    }
    if (QgsVectorLayer *places = open(geopackage, QStringLiteral("places"), diagnostics)) {
        MapStyle::styleBasemap(places, QStringLiteral("places"), labelPopulation, french);
        mTownFilter = places->subsetString();
    }
    return layer(QStringLiteral("countries")) != nullptr;
}

void Basemap::hideTowns(const QList<qint64> &geonameIds, const QVector<QPointF> &eventPlaces,
                        double radiusDegrees)
{
    QgsVectorLayer *towns = layer(QStringLiteral("places"));
    if (!towns)
        return;
    QSet<qint64> hidden(geonameIds.cbegin(), geonameIds.cend());
    if (!eventPlaces.isEmpty()) {
        towns->setSubsetString(mTownFilter);
        QgsFeature town;
        QgsFeatureIterator it = towns->getFeatures();
        while (it.nextFeature(town)) {
            const QgsPointXY p = town.geometry().asPoint();
            for (const QPointF &event : eventPlaces) {
                if (std::hypot(p.x() - event.x(), p.y() - event.y()) < radiusDegrees) {
                    hidden.insert(town.attribute(QStringLiteral("geonameid")).toLongLong());
                    break;
                }
            }
        }
    }
    QStringList ids;
    for (qint64 id : hidden)
        if (id > 0)
            ids << QString::number(id);
    towns->setSubsetString(ids.isEmpty() ? mTownFilter
                                         : QStringLiteral("%1 AND \"geonameid\" NOT IN (%2)")
                                               .arg(mTownFilter, ids.join(QLatin1Char(','))));
    towns->triggerRepaint();
}

QgsVectorLayer *Basemap::layer(const QString &table) const
{
    for (const auto &layer : mLayers)
        if (layer->name() == table)
            return layer.get();
    return nullptr;
}

} // namespace cm
