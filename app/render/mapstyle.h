#pragma once

#include "conflictmap/factionstyle.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>

class QgsFeatureRenderer;
class QgsVectorLayer;

namespace cm {

/** The look of exported maps, shared by StoryLayers (snapshots, animations) and the QGIS
 *  project export so that both read alike: a quiet reference map (muted land, grey borders,
 *  blue water) under semi-transparent faction areas and dark frontlines. Sizes in mm. */
class MapStyle
{
public:
    static QColor sea();
    static QColor focusLand(); ///< Syria and Iraq
    static QColor otherLand(); ///< the neighbours
    static QColor frontline();

    /** Opacity (0..255) of an area fill: lower for "contested", which is also hatched. */
    static int areaAlpha(const QString &classId);
    /** The colour an area of `style` shows over an opaque `background`. */
    static QColor areaOver(const FactionStyle &style, const QColor &background);

    /** The colours maps are mostly made of (land, sea, faction areas as they show over land
     *  and sea, place markers, frontlines): a palette hint for GIF animations. */
    static QVector<QColor> keyColors(const FactionStyles &styles);

    /** Categorized renderer of zone classes on `field`, one category per style row
     *  except "unknown" (or only the classes in `only` when it is not empty), labelled
     *  with the English labels. */
    static QgsFeatureRenderer *areaRenderer(const FactionStyles &styles, const QString &field,
                                            const QStringList &only = QStringList());
    /** A white-cased dark line. */
    static QgsFeatureRenderer *frontlineRenderer();
    /** Points categorized by controller on `field` (an unknown holder: white). */
    static QgsFeatureRenderer *placeRenderer(const FactionStyles &styles, const QString &field);
    /** Labels of place names (field `name`) with a white halo; `filter` an expression
     *  choosing which are labelled (empty: all). */
    static void labelPlaces(QgsVectorLayer *layer, const QString &filter = QString());

    /** Styles a layer of the regional basemap by its table name (land, countries, borders,
     *  provinces, rivers, lakes, towns or places); false when the name is not one of those.
     *  Towns are filtered to `townPopulation` inhabitants and up and labelled; `french`
     *  labels with the French names (name_fr) where there are some. The viewer and the
     *  exports both style their reference map here, so they look alike. */
    static bool styleBasemap(QgsVectorLayer *layer, const QString &table, int townPopulation = 150000,
                             bool french = false);
};

} // namespace cm
