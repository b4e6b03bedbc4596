#include "snapshotrenderer.h"

#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransform.h>
#include <qgsfillsymbol.h>
#include <qgslayertree.h>
#include <qgslayoutexporter.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutmeasurement.h>
#include <qgslayoutpagecollection.h>
#include <qgslayoutsize.h>
#include <qgslayertreemodel.h>
#include <qgslegendrenderer.h>
#include <qgslegendstyle.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgstextformat.h>

#include <QFileInfo>
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

QgsLayoutItemLabel *addLabel(QgsPrintLayout *layout, const QString &text, const QFont &font, const QColor &color,
                             const QRectF &rect, Qt::AlignmentFlag align)
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
    // Every size below is in units of 1% of the page height (at most 1.6% of its width).
    const double u = std::min(page.height() / 100.0, page.width() / 62.5);
    const double margin = 2.4 * u;

    project.setEllipsoid(QStringLiteral("EPSG:7030"));
    layout = std::make_unique<QgsPrintLayout>(&project);
    layout->initializeDefaults();
    layout->renderContext().setDpi(options.dpi);
    QgsLayoutItemPage *paper = layout->pageCollection()->page(0);
    paper->setPageSize(QgsLayoutSize(page, QgsUnitTypes::LayoutMillimeters));
    paper->setPageStyleSymbol(QgsFillSymbol::createSimple(
        {{QStringLiteral("color"), QStringLiteral("255,255,255,255")}, {QStringLiteral("outline_style"), QStringLiteral("no")}}));

    // Header: title and subtitle on the left, the date on the right.
    const bool hasSubtitle = !options.subtitle.isEmpty();
    const double titleHeight = 5.0 * u;
    const double subtitleHeight = hasSubtitle ? 3.2 * u : 0.0;
    const double headerHeight = titleHeight + subtitleHeight + 0.6 * u;
    const double width = page.width() - 2 * margin;
    const QString dateText = !options.dateText.isEmpty() ? options.dateText
                             : options.date.isValid()
                                 ? QLocale(QLocale::English).toString(options.date, QStringLiteral("d MMMM yyyy"))
                                 : QString();
    const double dateWidth = dateText.isEmpty() ? 0.0 : 0.3 * width;
    addLabel(layout.get(), options.title, font(3.9 * u, true), kInk,
             QRectF(margin, margin, width - dateWidth, titleHeight), Qt::AlignLeft);
    if (hasSubtitle)
        addLabel(layout.get(), options.subtitle, font(2.3 * u), kMuted,
                 QRectF(margin, margin + titleHeight, width - dateWidth, subtitleHeight), Qt::AlignLeft);
    if (!dateText.isEmpty())
        addLabel(layout.get(), dateText, font(3.9 * u, true), kInk,
                 QRectF(page.width() - margin - dateWidth, margin, dateWidth, titleHeight), Qt::AlignRight);

    // Footer: source on the left, attribution on the right.
    const bool hasFooter = !options.source.isEmpty() || !options.attribution.isEmpty();
    const double footerHeight = hasFooter ? 3.0 * u : 0.0;
    const double footerTop = page.height() - margin - footerHeight;
    if (hasFooter) {
        addLabel(layout.get(), options.source, font(1.7 * u), kMuted,
                 QRectF(margin, footerTop, width * 0.55, footerHeight), Qt::AlignLeft);
        addLabel(layout.get(), options.attribution, font(1.5 * u), kMuted,
                 QRectF(margin + width * 0.55, footerTop, width * 0.45, footerHeight), Qt::AlignRight);
    }

    // The map between them.
    const double mapTop = margin + headerHeight + 0.8 * u;
    const QRectF mapRect(margin, mapTop, width, footerTop - (hasFooter ? 0.6 * u : 0.0) - mapTop);
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
    const QgsRectangle lonLat(options.extent.left(), options.extent.top(), options.extent.right(),
                              options.extent.bottom());
    const QgsCoordinateTransform transform(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")), crs,
                                           project.transformContext());
    QgsRectangle extent = lonLat;
    try {
        extent = transform.transformBoundingBox(lonLat);
    } catch (const QgsCsException &) {
        // Keep the degrees: the map then shows whatever they mean in the target CRS.
    }
    layout->addLayoutItem(map);
    map->zoomToExtent(extent);

    const double inset = 1.6 * u;
    if (options.northArrow) {
        const double size = 6.5 * u;
        auto *arrow = new QgsLayoutItemPicture(layout.get());
        arrow->setPicturePath(north, QgsLayoutItemPicture::FormatSVG);
        arrow->setLinkedMap(map);
        arrow->setResizeMode(QgsLayoutItemPicture::Zoom);
        arrow->attemptMove(QgsLayoutPoint(mapRect.right() - inset - size, mapRect.top() + inset,
                                          QgsUnitTypes::LayoutMillimeters));
        arrow->attemptResize(QgsLayoutSize(size, size, QgsUnitTypes::LayoutMillimeters));
        layout->addLayoutItem(arrow);
        if (!QFileInfo::exists(north)) {
            layout->removeLayoutItem(arrow);
            addLabel(layout.get(), QStringLiteral("▲\nN"), font(2.4 * u, true), kInk,
                     QRectF(mapRect.right() - inset - size, mapRect.top() + inset, size, size), Qt::AlignHCenter);
        }
    }

    if (options.scaleBar) {
        auto *bar = new QgsLayoutItemScaleBar(layout.get());
        bar->setStyle(QStringLiteral("Single Box"));
        bar->setLinkedMap(map);
        bar->applyDefaultSettings();
        bar->setUnits(QgsUnitTypes::DistanceKilometers);
        bar->setUnitLabel(QStringLiteral("km"));
        bar->setMapUnitsPerScaleBarUnit(1000.0);
        bar->setNumberOfSegmentsLeft(0);
        bar->setNumberOfSegments(2);
        // Two segments spanning about an eighth of the map width.
        const double mapWidthKm = map->extent().width() / 1000.0 * std::cos(33.5 * M_PI / 180.0);
        bar->setUnitsPerSegment(niceKm(std::max(1.0, mapWidthKm / 16.0)));
        bar->setSegmentSizeMode(QgsScaleBarSettings::SegmentSizeFixed);
        bar->setHeight(0.9 * u);
        QgsTextFormat text;
        text.setFont(font(1.6 * u));
        text.setSize(1.6 * u / kMmPerPoint);
        text.setSizeUnit(QgsUnitTypes::RenderPoints);
        text.setColor(kInk);
        bar->setTextFormat(text);
        bar->setBackgroundEnabled(true);
        bar->setBackgroundColor(QColor(255, 255, 255, 215));
        bar->setBoxContentSpace(0.8 * u);
        bar->attemptMove(QgsLayoutPoint(mapRect.right() - inset, mapRect.bottom() - inset,
                                        QgsUnitTypes::LayoutMillimeters));
        bar->setReferencePoint(QgsLayoutItem::LowerRight);
        layout->addLayoutItem(bar);
        bar->update();
        bar->attemptMove(QgsLayoutPoint(mapRect.right() - inset, mapRect.bottom() - inset,
                                        QgsUnitTypes::LayoutMillimeters));
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
        }
        legend->setLegendFilterByMapEnabled(true);
        legend->setTitle(QString());
        legend->setStyleFont(QgsLegendStyle::SymbolLabel, font(1.8 * u));
        legend->setStyleFont(QgsLegendStyle::Subgroup, font(1.8 * u));
        legend->setStyleFont(QgsLegendStyle::Group, font(1.9 * u, true));
        legend->setStyleMargin(QgsLegendStyle::Symbol, QgsLegendStyle::Top, 0.8 * u);
        legend->setStyleMargin(QgsLegendStyle::SymbolLabel, QgsLegendStyle::Top, 0.8 * u);
        legend->setStyleMargin(QgsLegendStyle::SymbolLabel, QgsLegendStyle::Left, 1.0 * u);
        legend->setStyleMargin(QgsLegendStyle::Subgroup, QgsLegendStyle::Top, 0.8 * u);
        legend->setSymbolWidth(4.2 * u);
        legend->setSymbolHeight(2.4 * u);
        legend->setBoxSpace(1.3 * u);
        legend->setFontColor(kInk);
        legend->setBackgroundEnabled(true);
        legend->setBackgroundColor(QColor(255, 255, 255, 225));
        legend->setFrameEnabled(true);
        legend->setFrameStrokeColor(QColor(0xb0, 0xb0, 0xb0));
        legend->setFrameStrokeWidth(QgsLayoutMeasurement(0.1 * u, QgsUnitTypes::LayoutMillimeters));
        legend->setResizeToContents(true);
        layout->addLayoutItem(legend);
        legend->setReferencePoint(QgsLayoutItem::LowerLeft);
        legend->adjustBoxSize();
        legend->attemptMove(QgsLayoutPoint(mapRect.left() + inset, mapRect.bottom() - inset,
                                           QgsUnitTypes::LayoutMillimeters));
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
        QgsLayoutExporter::ImageExportSettings settings;
        settings.dpi = d->options.dpi;
        settings.imageSize = d->options.size;
        settings.generateWorldFile = false;
        result = exporter.exportToImage(path, settings);
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
            diagnostics->append({path, 0, QStringLiteral("unknown image format: use .png, .jpg, .pdf or .svg")});
        return false;
    }
    if (result != QgsLayoutExporter::Success) {
        if (diagnostics)
            diagnostics->append({path, 0, QStringLiteral("the map could not be written (%1)").arg(errorText(result))});
        return false;
    }
    return true;
}

} // namespace cm
