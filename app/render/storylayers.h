#pragma once

#include "conflictmap/controlstate.h"
#include "conflictmap/diagnostic.h"
#include "conflictmap/factionstyle.h"
#include "conflictmap/zones.h"

#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <vector>

class QgsMapLayer;
class QgsVectorLayer;

namespace cm {

/** The map of the story at one date, without a canvas: the regional basemap (read from a
 *  GeoPackage, styled by MapStyle) under memory layers of faction areas, frontlines and
 *  places, filled by showDate(). All layers are EPSG:4326. Owns its layers: destroy (or
 *  release()) before QgsApplication::exitQgis(). Not thread-safe; render from copies
 *  (QgsMapSettings / print layouts do that). */
class StoryLayers
{
public:
    /** Opens the basemap tables that exist (land, countries, provinces, rivers, lakes,
     *  places as "towns"); a missing file or table is reported, the story layers work anyway. */
    explicit StoryLayers(const QString &basemapGpkg, const FactionStyles &styles = FactionStyles::load(),
                         Diagnostics *diagnostics = nullptr);
    ~StoryLayers();
    StoryLayers(const StoryLayers &) = delete;
    StoryLayers &operator=(const StoryLayers &) = delete;

    /** Replaces the areas, frontlines and places with those of one date. Places show from
     *  their first event on (or with a holder inferred from later events); those with events
     *  are labelled, and the basemap does not label them a second time. */
    void showDate(const ControlState &state, const ZoneResult &zones);

    /** Names the legend gives zone classes and place holders (class id → name, "unknown"
     *  for places without a holder), e.g. in the interface language; ids not listed keep
     *  the styles' English labels. Kept for later dates. */
    void setClassLabels(const QHash<QString, QString> &labels);

    /** Every layer, top first (places, towns, frontlines, borders, rivers, lakes, areas,
     *  provinces, countries, land). Empty after release(). */
    QList<QgsMapLayer *> layers() const;
    /** The layers a legend lists, top first: an empty layer whose categories are the
     *  classes holding land at the date, and the frontlines when there are some. Not in
     *  layers(); a legend of them needs no filtering by the map. */
    QList<QgsMapLayer *> legendLayers() const;

    QgsVectorLayer *areas() const;
    QgsVectorLayer *frontlines() const;
    QgsVectorLayer *places() const;
    /** A basemap layer by table name ("land", "countries", "borders", "provinces",
     *  "rivers", "lakes", "towns"); nullptr when absent. */
    QgsVectorLayer *basemap(const QString &table) const;

    /** Deletes every layer (call before exitQgis when the object lives longer). */
    void release();

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace cm
