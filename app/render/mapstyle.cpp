#include "mapstyle.h"

#include <qgscategorizedsymbolrenderer.h>
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

namespace cm {
namespace {

const QColor kBorder(0x85, 0x7f, 0x78);
const QColor kProvince(0xa9, 0xa2, 0x99);
const QColor kWater(0x9c, 0xc0, 0xdc);
const QColor kWaterText(0x3d, 0x6f, 0x9c);
const QColor kTownText(0x33, 0x33, 0x33);

QString encode(const QColor &color)
{
    return QgsSymbolLayerUtils::encodeColor(color);
}

QgsTextFormat textFormat(const QColor &color, double points, bool italic, bool bold, double halo)
{
    QgsTextFormat format;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setItalic(italic);
    font.setBold(bold);
    format.setFont(font);
    format.setSize(points);
    format.setSizeUnit(QgsUnitTypes::RenderPoints);
    format.setColor(color);
    QgsTextBufferSettings buffer;
    buffer.setEnabled(halo > 0);
    buffer.setSize(halo);
    buffer.setColor(QColor(255, 255, 255, 225));
    format.setBuffer(buffer);
    return format;
}

void setLabels(QgsVectorLayer *layer, QgsPalLayerSettings settings, bool obstacle)
{
    settings.obstacleSettings().setIsObstacle(obstacle);
    layer->setLabeling(new QgsVectorLayerSimpleLabeling(settings));
    layer->setLabelsEnabled(true);
}

QgsFillSymbol *plainFill(const QColor &color)
{
    return QgsFillSymbol::createSimple(
        {{QStringLiteral("color"), encode(color)}, {QStringLiteral("outline_style"), QStringLiteral("no")}});
}

} // namespace

QColor MapStyle::sea()
{
    return QColor(0xcf, 0xdf, 0xe8);
}
QColor MapStyle::focusLand()
{
    return QColor(0xf4, 0xf1, 0xea);
}
QColor MapStyle::otherLand()
{
    return QColor(0xe4, 0xe2, 0xdc);
}
QColor MapStyle::frontline()
{
    return QColor(0x1a, 0x1a, 0x1a);
}

int MapStyle::areaAlpha(const QString &classId)
{
    return classId == QLatin1String("contested") ? 70 : 115;
}

QColor MapStyle::areaOver(const FactionStyle &style, const QColor &background)
{
    const QColor fill(style.fill);
    const double a = areaAlpha(style.id) / 255.0;
    auto mix = [a](int top, int bottom) { return qRound(a * top + (1.0 - a) * bottom); };
    return QColor(mix(fill.red(), background.red()), mix(fill.green(), background.green()),
                  mix(fill.blue(), background.blue()));
}

QVector<QColor> MapStyle::keyColors(const FactionStyles &styles)
{
    QVector<QColor> colors = {focusLand(), otherLand(), sea(), frontline(), Qt::white};
    for (const FactionStyle &style : styles.styles()) {
        if (style.id == QLatin1String("unknown"))
            continue;
        colors << QColor(style.fill) << areaOver(style, focusLand()) << areaOver(style, otherLand())
               << areaOver(style, sea()) << QColor(style.fill).darker(140);
    }
    return colors;
}

QgsFeatureRenderer *MapStyle::areaRenderer(const FactionStyles &styles, const QString &field,
                                           const QStringList &only)
{
    QgsCategoryList categories;
    for (const FactionStyle &style : styles.styles()) {
        if (style.id == QLatin1String("unknown") || (!only.isEmpty() && !only.contains(style.id)))
            continue;
        QColor fill(style.fill);
        const QColor edge = fill.darker(140);
        fill.setAlpha(areaAlpha(style.id));
        auto *symbol =
            QgsFillSymbol::createSimple({{QStringLiteral("color"), encode(fill)},
                                         {QStringLiteral("outline_color"), encode(edge)},
                                         {QStringLiteral("outline_width"), QStringLiteral("0.2")}});
        if (style.pattern == QLatin1String("hatched"))
            symbol->appendSymbolLayer(
                QgsLinePatternFillSymbolLayer::create({{QStringLiteral("angle"), QStringLiteral("45")},
                                                       {QStringLiteral("distance"), QStringLiteral("1.5")},
                                                       {QStringLiteral("line_width"), QStringLiteral("0.3")},
                                                       {QStringLiteral("color"), encode(edge)}}));
        categories << QgsRendererCategory(style.id, symbol, style.label);
    }
    return new QgsCategorizedSymbolRenderer(field, categories);
}

QgsFeatureRenderer *MapStyle::frontlineRenderer()
{
    auto *line =
        QgsLineSymbol::createSimple({{QStringLiteral("line_color"), encode(QColor(255, 255, 255, 210))},
                                     {QStringLiteral("line_width"), QStringLiteral("1.7")},
                                     {QStringLiteral("capstyle"), QStringLiteral("round")},
                                     {QStringLiteral("joinstyle"), QStringLiteral("round")}});
    line->appendSymbolLayer(
        QgsSimpleLineSymbolLayer::create({{QStringLiteral("line_color"), encode(frontline())},
                                          {QStringLiteral("line_width"), QStringLiteral("0.85")},
                                          {QStringLiteral("capstyle"), QStringLiteral("round")},
                                          {QStringLiteral("joinstyle"), QStringLiteral("round")}}));
    return new QgsSingleSymbolRenderer(line);
}

QgsFeatureRenderer *MapStyle::placeRenderer(const FactionStyles &styles, const QString &field)
{
    auto marker = [](const QColor &fill) {
        // Very dark fills get a near-black outline, the rest a darker shade of themselves.
        const QColor stroke = fill.lightness() < 60 ? QColor(0x10, 0x10, 0x10) : fill.darker(170);
        return QgsMarkerSymbol::createSimple({{QStringLiteral("name"), QStringLiteral("circle")},
                                              {QStringLiteral("color"), encode(fill)},
                                              {QStringLiteral("outline_color"), encode(stroke)},
                                              {QStringLiteral("outline_width"), QStringLiteral("0.35")},
                                              {QStringLiteral("size"), QStringLiteral("2.8")}});
    };
    QgsCategoryList categories;
    for (const FactionStyle &style : styles.styles()) {
        if (style.id == QLatin1String("contested") || style.id == QLatin1String("unknown"))
            continue;
        categories << QgsRendererCategory(style.id, marker(QColor(style.fill)), style.label);
    }
    categories << QgsRendererCategory(QVariant(), marker(Qt::white), styles.label(QStringLiteral("unknown")));
    return new QgsCategorizedSymbolRenderer(field, categories);
}

void MapStyle::labelPlaces(QgsVectorLayer *layer, const QString &filter)
{
    QgsPalLayerSettings names;
    names.fieldName = QStringLiteral("name");
    names.placement = QgsPalLayerSettings::OrderedPositionsAroundPoint;
    names.dist = 1.0;
    names.priority = 9;
    names.setFormat(textFormat(QColor(0x15, 0x15, 0x15), 8.5, false, false, 1.0));
    if (!filter.isEmpty())
        names.dataDefinedProperties().setProperty(QgsPalLayerSettings::Show,
                                                  QgsProperty::fromExpression(filter));
    setLabels(layer, names, true);
}

bool MapStyle::styleBasemap(QgsVectorLayer *layer, const QString &table, int townPopulation, bool french)
{
    const QString name =
        french ? QStringLiteral("coalesce(nullif(\"name_fr\", ''), \"name\")") : QStringLiteral("\"name\"");
    if (table == QLatin1String("land")) {
        layer->setRenderer(new QgsSingleSymbolRenderer(plainFill(otherLand())));
    } else if (table == QLatin1String("countries")) {
        // Syria and Iraq lighter than their neighbours, to focus the eye.
        auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
        root->appendChild(new QgsRuleBasedRenderer::Rule(plainFill(focusLand()), 0, 0,
                                                         QStringLiteral("\"iso_a2\" IN ('SY', 'IQ')")));
        root->appendChild(
            new QgsRuleBasedRenderer::Rule(plainFill(otherLand()), 0, 0, QStringLiteral("ELSE")));
        layer->setRenderer(new QgsRuleBasedRenderer(root));
    } else if (table == QLatin1String("borders")) {
        layer->setRenderer(new QgsSingleSymbolRenderer(
            QgsFillSymbol::createSimple({{QStringLiteral("style"), QStringLiteral("no")},
                                         {QStringLiteral("outline_color"), encode(kBorder)},
                                         {QStringLiteral("outline_width"), QStringLiteral("0.45")},
                                         {QStringLiteral("joinstyle"), QStringLiteral("round")}})));
        QgsPalLayerSettings names;
        names.fieldName = QStringLiteral("upper(%1)").arg(name);
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
        setLabels(layer, names, false);
    } else if (table == QLatin1String("provinces")) {
        layer->setRenderer(new QgsSingleSymbolRenderer(
            QgsFillSymbol::createSimple({{QStringLiteral("style"), QStringLiteral("no")},
                                         {QStringLiteral("outline_color"), encode(kProvince)},
                                         {QStringLiteral("outline_width"), QStringLiteral("0.18")},
                                         {QStringLiteral("outline_style"), QStringLiteral("dash")}})));
    } else if (table == QLatin1String("lakes")) {
        layer->setRenderer(new QgsSingleSymbolRenderer(
            QgsFillSymbol::createSimple({{QStringLiteral("color"), encode(kWater)},
                                         {QStringLiteral("outline_color"), encode(kWater.darker(115))},
                                         {QStringLiteral("outline_width"), QStringLiteral("0.15")}})));
        QgsPalLayerSettings names;
        names.fieldName = name;
        names.isExpression = true;
        // Over the centroid: far cheaper than searching the whole polygon at every repaint.
        names.placement = QgsPalLayerSettings::OverPoint;
        names.priority = 2;
        names.setFormat(textFormat(kWaterText, 7.5, true, false, 0.8));
        setLabels(layer, names, false);
    } else if (table == QLatin1String("rivers")) {
        // Major rivers (low Natural Earth scalerank) are drawn wider and named.
        auto *line = QgsLineSymbol::createSimple({{QStringLiteral("line_color"), encode(kWater.darker(110))},
                                                  {QStringLiteral("line_width"), QStringLiteral("0.35")},
                                                  {QStringLiteral("capstyle"), QStringLiteral("round")},
                                                  {QStringLiteral("joinstyle"), QStringLiteral("round")}});
        line->symbolLayer(0)->setDataDefinedProperty(
            QgsSymbolLayer::PropertyStrokeWidth,
            QgsProperty::fromExpression(QStringLiteral("CASE WHEN \"scalerank\" <= 4 THEN 0.7 "
                                                       "WHEN \"scalerank\" <= 7 THEN 0.45 ELSE 0.3 END")));
        layer->setRenderer(new QgsSingleSymbolRenderer(line));
        // Only major rivers are named; the rule filter skips the others before placement.
        auto *names = new QgsPalLayerSettings;
        names->fieldName = name;
        names->isExpression = true;
        names->placement = QgsPalLayerSettings::Curved;
        names->priority = 3;
        names->setFormat(textFormat(kWaterText, 8, true, false, 0.8));
        names->obstacleSettings().setIsObstacle(false);
        auto *root = new QgsRuleBasedLabeling::Rule(nullptr);
        root->appendChild(new QgsRuleBasedLabeling::Rule(names, 0, 0, QStringLiteral("\"scalerank\" <= 6")));
        layer->setLabeling(new QgsRuleBasedLabeling(root));
        layer->setLabelsEnabled(true);
    } else if (table == QLatin1String("towns") || table == QLatin1String("places")) {
        layer->setSubsetString(QStringLiteral("\"population\" >= %1").arg(townPopulation));
        layer->setRenderer(new QgsSingleSymbolRenderer(
            QgsMarkerSymbol::createSimple({{QStringLiteral("name"), QStringLiteral("circle")},
                                           {QStringLiteral("color"), encode(QColor(0x55, 0x55, 0x55))},
                                           {QStringLiteral("outline_color"), encode(Qt::white)},
                                           {QStringLiteral("outline_width"), QStringLiteral("0.3")},
                                           {QStringLiteral("size"), QStringLiteral("1.6")}})));
        QgsPalLayerSettings names;
        names.fieldName = name;
        names.isExpression = true;
        names.placement = QgsPalLayerSettings::OrderedPositionsAroundPoint;
        names.dist = 0.8;
        // Bigger towns win label conflicts: priority 4 at 250,000 people, 6 at millions.
        names.dataDefinedProperties().setProperty(QgsPalLayerSettings::Priority,
                                                  QgsProperty::fromExpression(QStringLiteral(
                                                      "min(8, max(1, round(log10(\"population\") - 1.4)))")));
        names.setFormat(textFormat(kTownText, 8, false, false, 0.9));
        setLabels(layer, names, true);
    } else {
        return false;
    }
    return true;
}

} // namespace cm
