#include "snapshotrenderer.h"

#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransform.h>
#include <qgsfillsymbol.h>
#include <qgslayertree.h>
#include <qgslayertreemodel.h>
#include <qgslayoutexporter.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutitemshape.h>
#include <qgslayoutmeasurement.h>
#include <qgslayoutpagecollection.h>
#include <qgslayoutsize.h>
#include <qgslegendrenderer.h>
#include <qgslegendstyle.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgstextformat.h>

#include <QFileInfo>
#include <QImageWriter>
#include <QLocale>

namespace cm {
namespace {

constexpr double kMmPerPoint = 25.4 / 72.0;
const QColor kInk(0x1d, 0x1d, 0x1d);
const QColor kMuted(0x5a, 0x5a, 0x5a);
const QString kFontFamily = QStringLiteral("DejaVu Sans");

QFont font(double heightMm, bool bold = false)
{
    QFont f(kFontFamily);
    f.setPointSizeF(heightMm / kMmPerPoint);
    f.setBold(bold);
    return f;
}

QgsLayoutItemLabel *addLabel(QgsPrintLayout *layout, const QString &text, const QFont &font,
                             const QColor &color, const QRectF &rect, Qt::AlignmentFlag align)
{
    auto *label = new QgsLayoutItemLabel(layout);
    label->setText(text);
    label->setFont(font);
    label->setFontColor(color);
    label->setHAlign(align);
    label->setVAlign(Qt::AlignVCenter);
    label->setMargin(0);
    label->attemptMove(QgsLayoutPoint(rect.topLeft(), QgsUnitTypes::LayoutMillimeters));
    label->attemptResize(QgsLayoutSize(rect.size(), QgsUnitTypes::LayoutMillimeters));
    layout->addLayoutItem(label);
    return label;
}

// A round number of km (1, 2 or 5 × 10^n) close to `km`.
double niceKm(double km)
{
    const double power = std::pow(10.0, std::floor(std::log10(km)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * power <= km)
            return step * power;
    return power;
}

QString errorText(QgsLayoutExporter::ExportResult result)
{
    switch (result) {
    case QgsLayoutExporter::FileError:
        return QStringLiteral("the file cannot be written");
    case QgsLayoutExporter::MemoryError:
        return QStringLiteral("not enough memory for that size");
    case QgsLayoutExporter::PrintError:
    case QgsLayoutExporter::SvgLayerError:
    case QgsLayoutExporter::IteratorError:
        return QStringLiteral("rendering failed");
    case QgsLayoutExporter::Canceled:
        return QStringLiteral("cancelled");
    case QgsLayoutExporter::Success:
        break;
    }
    return QString();
}

} // namespace

struct SnapshotRenderer::Data {
    SnapshotOptions options;
    QgsProject project; // private: exports never touch the application's project
    std::unique_ptr<QgsPrintLayout> layout;
    QString north = QStringLiteral("/usr/share/qgis/svg/arrows/NorthArrow_04.svg");

    QSizeF pageMm() const
    {
        return QSizeF(options.size.width() / options.dpi * 25.4, options.size.height() / options.dpi * 25.4);
    }

    void build();
};

void SnapshotRenderer::Data::build()
{
    const QSizeF page = pageMm();
    // Every size below is in units of 1% of the page height, or less on pages narrower
    // than 17:10, so that the header and footer lines fit on one line.
    const double u = std::min(page.height() / 100.0, page.width() / 170.0);
    const double margin = 2.4 * u;

    project.setEllipsoid(QStringLiteral("WGS84"));
    layout = std::make_unique<QgsPrintLayout>(&project);
    layout->initializeDefaults();
    layout->renderContext().setDpi(options.dpi);
    QgsLayoutItemPage *paper = layout->pageCollection()->page(0);
    paper->setPageSize(QgsLayoutSize(page, QgsUnitTypes::LayoutMillimeters));
    paper->setPageStyleSymbol(
        QgsFillSymbol::createSimple({{QStringLiteral("color"), QStringLiteral("255,255,255,255")},
                                     {QStringLiteral("outline_style"), QStringLiteral("no")}}));

    // Header: title and subtitle on the left, the date on the right.
    const bool hasSubtitle = !options.subtitle.isEmpty();
    const double titleHeight = 5.0 * u;
    const double subtitleHeight = hasSubtitle ? 3.2 * u : 0.0;
    const double headerHeight = titleHeight + subtitleHeight + 0.6 * u;
    const double width = page.width() - 2 * margin;
    const QString dateText = !options.dateText.isEmpty() ? options.dateText
                             : options.date.isValid()
                                 ? options.locale.toString(options.date, QStringLiteral("d MMMM yyyy"))
                                 : QString();
    const double dateWidth = dateText.isEmpty() ? 0.0 : 0.32 * width;
    addLabel(layout.get(), options.title, font(3.9 * u, true), kInk,
             QRectF(margin, margin, width - dateWidth, titleHeight), Qt::AlignLeft);
    if (hasSubtitle)
        addLabel(layout.get(), options.subtitle, font(2.3 * u), kMuted,
                 QRectF(margin, margin + titleHeight, width - dateWidth, subtitleHeight), Qt::AlignLeft);
    if (!dateText.isEmpty())
        addLabel(layout.get(), dateText, font(3.9 * u, true), kInk,
                 QRectF(page.width() - margin - dateWidth, margin, dateWidth, titleHeight), Qt::AlignRight);
    // A rule under the header.
    auto *rule = new QgsLayoutItemShape(layout.get());
    rule->setShapeType(QgsLayoutItemShape::Rectangle);
    rule->setSymbol(QgsFillSymbol::createSimple({{QStringLiteral("color"), QStringLiteral("29,29,29,255")},
                                                 {QStringLiteral("outline_style"), QStringLiteral("no")}}));
    rule->attemptMove(QgsLayoutPoint(margin, margin + headerHeight, QgsUnitTypes::LayoutMillimeters));
    rule->attemptResize(QgsLayoutSize(width, 0.25 * u, QgsUnitTypes::LayoutMillimeters));
    layout->addLayoutItem(rule);

    // Footer: source on the left, attribution on the right.
    const bool hasFooter = !options.source.isEmpty() || !options.attribution.isEmpty();
    const double footerHeight = hasFooter ? 2.8 * u : 0.0;
    const double footerTop = page.height() - margin - footerHeight;
    if (hasFooter) {
        addLabel(layout.get(), options.source, font(1.55 * u), kMuted,
                 QRectF(margin, footerTop, width * 0.56, footerHeight), Qt::AlignLeft);
        addLabel(layout.get(), options.attribution, font(1.4 * u), kMuted,
                 QRectF(margin + width * 0.56, footerTop, width * 0.44, footerHeight), Qt::AlignRight);
    }

    // The map between them; wide pages keep a side panel for the legend, scale and arrow.
    const double mapTop = margin + headerHeight + 1.4 * u;
    const double mapHeight = footerTop - (hasFooter ? 0.8 * u : 0.0) - mapTop;
    const bool sidePanel = options.legend && width / mapHeight > 1.55;
    const double panelWidth = sidePanel ? std::min(0.22 * width, 46.0 * u) : 0.0;
    const double gap = sidePanel ? 1.6 * u : 0.0;
    const QRectF mapRect(margin, mapTop, width - panelWidth - gap, mapHeight);
    const QRectF panel(mapRect.right() + gap, mapTop, panelWidth, mapHeight);

    auto *map = new QgsLayoutItemMap(layout.get());
    map->attemptMove(QgsLayoutPoint(mapRect.topLeft(), QgsUnitTypes::LayoutMillimeters));
    map->attemptResize(QgsLayoutSize(mapRect.size(), QgsUnitTypes::LayoutMillimeters));
    const QgsCoordinateReferenceSystem crs(options.destinationCrs);
    map->setCrs(crs);
    map->setLayers(options.layers);
    map->setKeepLayerSet(true);
    map->setBackgroundColor(options.background);
    map->setFrameEnabled(true);
    map->setFrameStrokeColor(QColor(0x70, 0x70, 0x70));
    map->setFrameStrokeWidth(QgsLayoutMeasurement(0.12 * u, QgsUnitTypes::LayoutMillimeters));
    const QgsCoordinateTransform transform(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")), crs,
                                           project.transformContext());
    auto toMap = [&transform](const QRectF &r) {
        const QgsRectangle lonLat(r.left(), r.top(), r.right(), r.bottom());
        try {
            return transform.transformBoundingBox(lonLat);
        } catch (const QgsCsException &) {
            return lonLat; // the degrees then mean whatever they mean in the target CRS
        }
    };
    QgsRectangle extent = toMap(options.extent);
    // Widen the extent to the frame's aspect ratio (setExtent would resize the frame instead).
    const double frameRatio = mapRect.width() / mapRect.height();
    if (extent.width() / extent.height() < frameRatio) {
        const double grow = (extent.height() * frameRatio - extent.width()) / 2.0;
        extent.setXMinimum(extent.xMinimum() - grow);
        extent.setXMaximum(extent.xMaximum() + grow);
    } else {
        const double grow = (extent.width() / frameRatio - extent.height()) / 2.0;
        extent.setYMinimum(extent.yMinimum() - grow);
        extent.setYMaximum(extent.yMaximum() + grow);
    }
    // Beyond the basemap there is nothing to draw: crop to it rather than show blank land.
    if (!options.bounds.isNull()) {
        const QgsRectangle bounds = toMap(options.bounds);
        const double shrink =
            std::min({1.0, bounds.width() / extent.width(), bounds.height() / extent.height()});
        if (shrink < 1.0)
            extent.scale(shrink);
        double dx = 0.0, dy = 0.0;
        if (extent.xMinimum() < bounds.xMinimum())
            dx = bounds.xMinimum() - extent.xMinimum();
        else if (extent.xMaximum() > bounds.xMaximum())
            dx = bounds.xMaximum() - extent.xMaximum();
        if (extent.yMinimum() < bounds.yMinimum())
            dy = bounds.yMinimum() - extent.yMinimum();
        else if (extent.yMaximum() > bounds.yMaximum())
            dy = bounds.yMaximum() - extent.yMaximum();
        extent = QgsRectangle(extent.xMinimum() + dx, extent.yMinimum() + dy, extent.xMaximum() + dx,
                              extent.yMaximum() + dy);
    }
    map->setExtent(extent);
    layout->addLayoutItem(map);

    const double inset = 1.6 * u;
    const double arrowSize = 6.5 * u;
    // In the side panel: arrow and scale bar at its foot; otherwise in the map's corners.
    const QPointF arrowAt = sidePanel ? QPointF(panel.left(), panel.bottom() - arrowSize)
                                      : QPointF(mapRect.right() - inset - arrowSize, mapRect.top() + inset);
    if (options.northArrow) {
        if (QFileInfo::exists(north)) {
            auto *arrow = new QgsLayoutItemPicture(layout.get());
            arrow->setPicturePath(north, QgsLayoutItemPicture::FormatSVG);
            arrow->setLinkedMap(map);
            arrow->setResizeMode(QgsLayoutItemPicture::Zoom);
            arrow->setSvgFillColor(kInk);
            arrow->setSvgStrokeColor(kInk);
            arrow->setPictureAnchor(QgsLayoutItem::LowerLeft);
            arrow->attemptMove(QgsLayoutPoint(arrowAt, QgsUnitTypes::LayoutMillimeters));
            arrow->attemptResize(QgsLayoutSize(arrowSize * 0.6, arrowSize, QgsUnitTypes::LayoutMillimeters));
            layout->addLayoutItem(arrow);
        } else {
            addLabel(layout.get(), QStringLiteral("N\n▲"), font(2.4 * u, true), kInk,
                     QRectF(arrowAt, QSizeF(arrowSize, arrowSize)), Qt::AlignHCenter);
        }
    }

    if (options.scaleBar) {
        auto *bar = new QgsLayoutItemScaleBar(layout.get());
        bar->setStyle(QStringLiteral("Single Box"));
        bar->setLinkedMap(map);
        bar->applyDefaultSettings();
        bar->setUnits(QgsUnitTypes::DistanceKilometers);
        bar->setUnitLabel(QStringLiteral("km"));
        bar->setNumberOfSegmentsLeft(0);
        bar->setNumberOfSegments(2);
        // Two segments spanning about an eighth of the map width (in the panel: most of it).
        const QgsRectangle shown = toMap(options.extent);
        const double centreLatitude = (options.extent.top() + options.extent.bottom()) / 2.0;
        const double widthKm = options.extent.width() * 111.32 * std::cos(centreLatitude * M_PI / 180.0) *
                               extent.width() / std::max(1e-9, shown.width());
        const double barKm =
            sidePanel ? widthKm * (panel.width() * 0.7) / mapRect.width() / 2.0 : widthKm / 16.0;
        bar->setUnitsPerSegment(niceKm(std::max(1.0, barKm)) * bar->mapUnitsPerScaleBarUnit());
        bar->setSegmentSizeMode(QgsScaleBarSettings::SegmentSizeFixed);
        bar->setHeight(0.9 * u);
        QgsTextFormat text;
        text.setFont(font(1.6 * u));
        text.setSize(1.6 * u / kMmPerPoint);
        text.setSizeUnit(QgsUnitTypes::RenderPoints);
        text.setColor(kInk);
        bar->setTextFormat(text);
        bar->setBackgroundEnabled(!sidePanel);
        bar->setBackgroundColor(QColor(255, 255, 255, 215));
        bar->setBoxContentSpace(sidePanel ? 0.0 : 0.8 * u);
        layout->addLayoutItem(bar);
        bar->update();
        if (sidePanel) {
            bar->setReferencePoint(QgsLayoutItem::LowerLeft);
            bar->attemptMove(
                QgsLayoutPoint(panel.left() + arrowSize, panel.bottom(), QgsUnitTypes::LayoutMillimeters));
        } else {
            bar->setReferencePoint(QgsLayoutItem::LowerRight);
            bar->attemptMove(QgsLayoutPoint(mapRect.right() - inset, mapRect.bottom() - inset,
                                            QgsUnitTypes::LayoutMillimeters));
        }
    }

    if (options.legend && !options.legendLayers.isEmpty()) {
        auto *legend = new QgsLayoutItemLegend(layout.get());
        legend->setAutoUpdateModel(false);
        legend->setLinkedMap(map);
        QgsLayerTree *root = legend->model()->rootGroup();
        root->removeAllChildren();
        for (QgsMapLayer *layer : options.legendLayers) {
            QgsLayerTreeLayer *node = root->addLayer(layer);
            // A categorized layer lists its classes without repeating the layer's name.
            if (node && layer == options.legendLayers.first())
                QgsLegendRenderer::setNodeLegendStyle(node, QgsLegendStyle::Hidden);
            const QString name = options.legendNames.value(options.legendLayers.indexOf(layer));
            if (node && !name.isEmpty())
                node->setCustomProperty(QStringLiteral("legend/title-label"), name);
        }
        legend->setLegendFilterByMapEnabled(options.legendFilterByMap);
        legend->setTitle(options.legendTitle);
        legend->setTitleAlignment(Qt::AlignLeft);
        legend->setStyleFont(QgsLegendStyle::Title, font(2.1 * u, true));
        legend->setStyleMargin(QgsLegendStyle::Title, QgsLegendStyle::Bottom, 0.6 * u);
        legend->setStyleFont(QgsLegendStyle::SymbolLabel, font(1.8 * u));
        legend->setStyleFont(QgsLegendStyle::Subgroup, font(1.8 * u));
        legend->setStyleFont(QgsLegendStyle::Group, font(1.9 * u, true));
        legend->setStyleMargin(QgsLegendStyle::Symbol, QgsLegendStyle::Top, 0.8 * u);
        legend->setStyleMargin(QgsLegendStyle::SymbolLabel, QgsLegendStyle::Top, 0.8 * u);
        legend->setStyleMargin(QgsLegendStyle::SymbolLabel, QgsLegendStyle::Left, 1.0 * u);
        legend->setStyleMargin(QgsLegendStyle::Subgroup, QgsLegendStyle::Top, 0.8 * u);
        legend->setSymbolWidth(4.2 * u);
        legend->setSymbolHeight(2.4 * u);
        legend->setBoxSpace(sidePanel ? 0.0 : 1.3 * u);
        legend->setFontColor(kInk);
        legend->setWrapString(QStringLiteral("\n"));
        legend->setBackgroundEnabled(!sidePanel);
        legend->setBackgroundColor(QColor(255, 255, 255, 225));
        legend->setFrameEnabled(!sidePanel);
        legend->setFrameStrokeColor(QColor(0xb0, 0xb0, 0xb0));
        legend->setFrameStrokeWidth(QgsLayoutMeasurement(0.1 * u, QgsUnitTypes::LayoutMillimeters));
        legend->setResizeToContents(true);
        layout->addLayoutItem(legend);
        legend->adjustBoxSize();
        if (sidePanel) {
            legend->setReferencePoint(QgsLayoutItem::UpperLeft);
            legend->attemptMove(QgsLayoutPoint(panel.topLeft(), QgsUnitTypes::LayoutMillimeters));
        } else {
            legend->setReferencePoint(QgsLayoutItem::LowerLeft);
            legend->attemptMove(QgsLayoutPoint(mapRect.left() + inset, mapRect.bottom() - inset,
                                               QgsUnitTypes::LayoutMillimeters));
        }
    }
}

SnapshotRenderer::SnapshotRenderer(const SnapshotOptions &options) : d(std::make_unique<Data>())
{
    d->options = options;
    if (d->options.dpi <= 0)
        d->options.dpi = 96.0;
    d->build();
}

SnapshotRenderer::~SnapshotRenderer() = default;

QStringList SnapshotRenderer::formats()
{
    return {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("pdf"),
            QStringLiteral("svg")};
}

QImage SnapshotRenderer::renderImage()
{
    QgsLayoutExporter exporter(d->layout.get());
    return exporter.renderPageToImage(0, d->options.size, d->options.dpi);
}

bool SnapshotRenderer::exportTo(const QString &path, Diagnostics *diagnostics)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QgsLayoutExporter exporter(d->layout.get());
    QgsLayoutExporter::ExportResult result = QgsLayoutExporter::Success;
    if (suffix == QLatin1String("png") || suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")) {
        // Written by Qt: the exporter's own image export also tries to georeference the file.
        QImage image = renderImage();
        const int dotsPerMeter = qRound(d->options.dpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        QImageWriter writer(path, suffix == QLatin1String("png") ? "png" : "jpeg");
        writer.setQuality(suffix == QLatin1String("png") ? 60 : 92);
        if (image.isNull() ||
            !writer.write(suffix == QLatin1String("png") ? image
                                                         : image.convertToFormat(QImage::Format_RGB32))) {
            if (diagnostics)
                diagnostics->append(
                    {path, 0,
                     QStringLiteral("the map could not be written (%1)")
                         .arg(image.isNull() ? QStringLiteral("not enough memory for that size")
                                             : writer.errorString())});
            return false;
        }
        return true;
    } else if (suffix == QLatin1String("pdf")) {
        QgsLayoutExporter::PdfExportSettings settings;
        settings.dpi = d->options.dpi;
        settings.forceVectorOutput = true;
        settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText;
        settings.simplifyGeometries = true;
        result = exporter.exportToPdf(path, settings);
    } else if (suffix == QLatin1String("svg")) {
        QgsLayoutExporter::SvgExportSettings settings;
        settings.dpi = d->options.dpi;
        settings.forceVectorOutput = true;
        settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText;
        result = exporter.exportToSvg(path, settings);
    } else {
        if (diagnostics)
            diagnostics->append(
                {path, 0, QStringLiteral("unknown image format: use .png, .jpg, .pdf or .svg")});
        return false;
    }
    if (result != QgsLayoutExporter::Success) {
        if (diagnostics)
            diagnostics->append(
                {path, 0, QStringLiteral("the map could not be written (%1)").arg(errorText(result))});
        return false;
    }
    return true;
}

} // namespace cm
