#include "basemap.h"

#include <qgsfeatureiterator.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgslinesymbol.h>
#include <qgslinesymbollayer.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgspallabeling.h>
#include <qgsproperty.h>
#include <qgsrulebasedlabeling.h>
#include <qgsrulebasedrenderer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgssymbollayerutils.h>
#include <qgstextbuffersettings.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QFileInfo>
#include <QSet>
#include <cmath>

namespace cm {
namespace {

// The palette of the reference map: quiet, so factions and frontlines carry the colour.
const QColor kFocusLand(0xf4, 0xf1, 0xea);
const QColor kOtherLand(0xe4, 0xe2, 0xdc);
const QColor kBorder(0x85, 0x7f, 0x78);
const QColor kProvince(0xa9, 0xa2, 0x99);
const QColor kWater(0x9c, 0xc0, 0xdc);
const QColor kWaterText(0x3d, 0x6f, 0x9c);
const QColor kTownText(0x33, 0x33, 0x33);

QString color(const QColor &c)
{
    return QgsSymbolLayerUtils::encodeColor(c);
}

QString nameExpression(bool french)
{
    return french ? QStringLiteral("coalesce(nullif(\"name_fr\", ''), \"name\")")
                  : QStringLiteral("\"name\"");
}

QgsTextFormat textFormat(const QColor &textColor, double points, bool italic, bool bold, double buffer)
{
    QgsTextFormat format;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setItalic(italic);
    font.setBold(bold);
    format.setFont(font);
    format.setSize(points);
    format.setSizeUnit(QgsUnitTypes::RenderPoints);
    format.setColor(textColor);
    QgsTextBufferSettings halo;
    halo.setEnabled(buffer > 0);
    halo.setSize(buffer);
    halo.setColor(QColor(255, 255, 255, 220));
    format.setBuffer(halo);
    return format;
}

// Water and borders must not push town names away: they are not label obstacles.
void setLabels(QgsVectorLayer *layer, QgsPalLayerSettings settings, bool obstacle = false)
{
    settings.obstacleSettings().setIsObstacle(obstacle);
    layer->setLabeling(new QgsVectorLayerSimpleLabeling(settings));
    layer->setLabelsEnabled(true);
}

} // namespace

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

    if (QgsVectorLayer *land = open(geopackage, QStringLiteral("land"), diagnostics)) {
        land->setRenderer(new QgsSingleSymbolRenderer(
            QgsFillSymbol::createSimple({{QStringLiteral("color"), color(kOtherLand)},
                                         {QStringLiteral("outline_style"), QStringLiteral("no")}})));
    }

    if (QgsVectorLayer *countries = open(geopackage, QStringLiteral("countries"), diagnostics)) {
        // Syria and Iraq in a lighter tone than their neighbours, to focus the eye.
        auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
        root->appendChild(new QgsRuleBasedRenderer::Rule(
            QgsFillSymbol::createSimple({{QStringLiteral("color"), color(kFocusLand)},
                                         {QStringLiteral("outline_style"), QStringLiteral("no")}}),
            0, 0, QStringLiteral("\"iso_a2\" IN ('SY', 'IQ')")));
        root->appendChild(new QgsRuleBasedRenderer::Rule(
            QgsFillSymbol::createSimple({{QStringLiteral("color"), color(kOtherLand)},
                                         {QStringLiteral("outline_style"), QStringLiteral("no")}}),
            0, 0, QStringLiteral("ELSE")));
        countries->setRenderer(new QgsRuleBasedRenderer(root));
    }

    if (QgsVectorLayer *provinces = open(geopackage, QStringLiteral("provinces"), diagnostics)) {
        provinces->setRenderer(new QgsSingleSymbolRenderer(
            QgsFillSymbol::createSimple({{QStringLiteral("style"), QStringLiteral("no")},
                                         {QStringLiteral("outline_color"), color(kProvince)},
                                         {QStringLiteral("outline_width"), QStringLiteral("0.18")},
                                         {QStringLiteral("outline_style"), QStringLiteral("dash")}})));
    }

    if (QgsVectorLayer *lakes = open(geopackage, QStringLiteral("lakes"), diagnostics)) {
        lakes->setRenderer(new QgsSingleSymbolRenderer(
            QgsFillSymbol::createSimple({{QStringLiteral("color"), color(kWater)},
                                         {QStringLiteral("outline_color"), color(kWater.darker(115))},
                                         {QStringLiteral("outline_width"), QStringLiteral("0.15")}})));
        QgsPalLayerSettings names;
        names.fieldName = nameExpression(french);
        names.isExpression = true;
        // Over the centroid: far cheaper than searching the whole polygon at every repaint.
        names.placement = QgsPalLayerSettings::OverPoint;
        names.priority = 2;
        names.setFormat(textFormat(kWaterText, 7.5, true, false, 0.8));
        setLabels(lakes, names);
    }

    if (QgsVectorLayer *rivers = open(geopackage, QStringLiteral("rivers"), diagnostics)) {
        // Major rivers (low Natural Earth scalerank) are drawn wider and named.
        auto *line = QgsLineSymbol::createSimple({{QStringLiteral("line_color"), color(kWater.darker(110))},
                                                  {QStringLiteral("line_width"), QStringLiteral("0.35")},
                                                  {QStringLiteral("capstyle"), QStringLiteral("round")},
                                                  {QStringLiteral("joinstyle"), QStringLiteral("round")}});
        line->symbolLayer(0)->setDataDefinedProperty(
            QgsSymbolLayer::PropertyStrokeWidth,
            QgsProperty::fromExpression(QStringLiteral("CASE WHEN \"scalerank\" <= 4 THEN 0.7 "
                                                       "WHEN \"scalerank\" <= 7 THEN 0.45 ELSE 0.3 END")));
        rivers->setRenderer(new QgsSingleSymbolRenderer(line));
        // Only major rivers are named; the rule filter skips the others before placement.
        auto *names = new QgsPalLayerSettings;
        names->fieldName = nameExpression(french);
        names->isExpression = true;
        names->placement = QgsPalLayerSettings::Curved;
        names->priority = 3;
        names->setFormat(textFormat(kWaterText, 8, true, false, 0.8));
        names->obstacleSettings().setIsObstacle(false);
        auto *root = new QgsRuleBasedLabeling::Rule(nullptr);
        root->appendChild(new QgsRuleBasedLabeling::Rule(names, 0, 0, QStringLiteral("\"scalerank\" <= 6")));
        rivers->setLabeling(new QgsRuleBasedLabeling(root));
        rivers->setLabelsEnabled(true);
    }

    if (QgsVectorLayer *countries = layer(QStringLiteral("countries"))) {
        // Country borders are drawn by a second, outline-only layer above the provinces.
        auto borders = std::unique_ptr<QgsVectorLayer>(countries->clone());
        borders->setName(QStringLiteral("borders"));
        borders->setRenderer(new QgsSingleSymbolRenderer(
            QgsFillSymbol::createSimple({{QStringLiteral("style"), QStringLiteral("no")},
                                         {QStringLiteral("outline_color"), color(kBorder)},
                                         {QStringLiteral("outline_width"), QStringLiteral("0.45")},
                                         {QStringLiteral("joinstyle"), QStringLiteral("round")}})));
        QgsPalLayerSettings names;
        names.fieldName = QStringLiteral("upper(%1)").arg(nameExpression(french));
        names.isExpression = true;
        names.placement = QgsPalLayerSettings::OverPoint;
        names.centroidInside = true;
        names.priority = 1;
        QgsTextFormat format = textFormat(kBorder.darker(120), 10, false, true, 0.0);
        QFont font = format.font();
        font.setLetterSpacing(QFont::AbsoluteSpacing, 2.5);
        format.setFont(font);
        format.setOpacity(0.75);
        names.setFormat(format);
        setLabels(borders.get(), names);
        mLayers.push_back(std::move(borders));
    }

    if (QgsVectorLayer *places = open(geopackage, QStringLiteral("places"), diagnostics)) {
        mTownFilter = QStringLiteral("\"population\" >= %1").arg(labelPopulation);
        places->setSubsetString(mTownFilter);
        auto *dot = QgsMarkerSymbol::createSimple({{QStringLiteral("name"), QStringLiteral("circle")},
                                                   {QStringLiteral("color"), color(QColor(0x55, 0x55, 0x55))},
                                                   {QStringLiteral("outline_color"), color(Qt::white)},
                                                   {QStringLiteral("outline_width"), QStringLiteral("0.3")},
                                                   {QStringLiteral("size"), QStringLiteral("1.6")}});
        places->setRenderer(new QgsSingleSymbolRenderer(dot));
        QgsPalLayerSettings names;
        names.fieldName = nameExpression(french);
        names.isExpression = true;
        names.placement = QgsPalLayerSettings::OrderedPositionsAroundPoint;
        names.dist = 0.8;
        // Bigger towns win label conflicts: priority 4 at 250,000 people, 6 at millions.
        names.dataDefinedProperties().setProperty(QgsPalLayerSettings::Priority,
                                                  QgsProperty::fromExpression(QStringLiteral(
                                                      "min(8, max(1, round(log10(\"population\") - 1.4)))")));
        names.setFormat(textFormat(kTownText, 8, false, false, 0.9));
        setLabels(places, names, true);
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
