#include "catch_qt.h"

#include "mapstyle.h"
#include "rendertestsupport.h"
#include "snapshotrenderer.h"
#include "storylayers.h"

#include "conflictmap/resources.h"

#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>

using namespace cm;

namespace {

struct Scene {
    StorySeries series;
    StoryFrame frame;
    std::unique_ptr<StoryLayers> layers;
    SnapshotOptions options;

    explicit Scene(const QDate &date)
    {
        test::loadSampleStory(series);
        frame = series.frameAt(date);
        layers = std::make_unique<StoryLayers>(Resources::path(QStringLiteral("basemap/region.gpkg")));
        layers->showDate(frame.state, frame.zones);
        options.layers = layers->layers();
        options.legendLayers = layers->legendLayers();
        options.date = date;
        options.title = QStringLiteral("Test map");
        options.subtitle = QStringLiteral("Subtitle");
        options.source = QStringLiteral("Source: tests");
        options.attribution = QStringLiteral("Attribution");
    }
};

// Faction areas big enough to be seen at the scale of the whole region.
QStringList visibleClasses(const ZoneResult &zones)
{
    QStringList classes;
    for (const FactionArea &area : zones.areas)
        if (area.classId != QLatin1String("contested") && area.areaKm2 > 2000)
            classes << area.classId;
    return classes;
}

void checkFactionColours(const QImage &image, const ZoneResult &zones)
{
    const FactionStyles styles = FactionStyles::load();
    for (const QString &id : visibleClasses(zones)) {
        INFO(id.toStdString());
        CHECK(test::countPixels(image, MapStyle::areaOver(styles.style(id), MapStyle::focusLand())) > 50);
    }
    // A faction that holds nothing is not drawn.
    for (const FactionStyle &style : styles.styles())
        if (!zones.area(style.id) && style.id != QLatin1String("unknown") &&
            style.id != QLatin1String("contested"))
            CHECK(test::countPixels(image, MapStyle::areaOver(style, MapStyle::focusLand()), 2) < 50);
}

} // namespace

TEST_CASE("a snapshot image has the requested size and the faction colours", "[render]")
{
    Scene scene(QDate(2017, 11, 20));
    REQUIRE(visibleClasses(scene.frame.zones).size() >= 2);
    scene.options.size = QSize(1600, 900);
    const QImage image = SnapshotRenderer(scene.options).renderImage();
    REQUIRE(image.size() == QSize(1600, 900));
    CHECK(test::countPixels(image, MapStyle::focusLand()) > 5000);
    checkFactionColours(image, scene.frame.zones);
}

TEST_CASE("snapshots export to PNG, JPEG, PDF and SVG", "[render]")
{
    Scene scene(QDate(2017, 11, 20));
    scene.options.size = QSize(1200, 800);
    scene.options.dpi = 120;
    QTemporaryDir dir;
    SnapshotRenderer renderer(scene.options);
    for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("jpg")}) {
        const QString path = dir.filePath(QStringLiteral("map.") + suffix);
        Diagnostics diagnostics;
        REQUIRE(renderer.exportTo(path, &diagnostics));
        QImageReader reader(path);
        CHECK(reader.size() == QSize(1200, 800));
        if (suffix == QLatin1String("png"))
            checkFactionColours(QImage(path), scene.frame.zones);
    }
    const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
    REQUIRE(renderer.exportTo(pdf));
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdfFile.readAll();
    CHECK(pdfBytes.startsWith("%PDF"));
    // Real text: the PDF embeds a font rather than drawing every letter as a path.
    CHECK(pdfBytes.contains("/FontFile"));
    // 1200 x 800 px at 120 dpi is a 720 x 480 pt page.
    CHECK((pdfBytes.contains("/MediaBox [0 0 720.000000 480.000000]") ||
           pdfBytes.contains("/MediaBox [ 0 0 720 480 ]")));

    const QString svg = dir.filePath(QStringLiteral("map.svg"));
    REQUIRE(renderer.exportTo(svg));
    QFile svgFile(svg);
    REQUIRE(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    CHECK(svgText.contains("<svg"));
    CHECK(svgText.contains("Test map"));

    Diagnostics diagnostics;
    CHECK_FALSE(renderer.exportTo(dir.filePath(QStringLiteral("map.bmpx")), &diagnostics));
    CHECK(diagnostics.size() == 1);
}

TEST_CASE("snapshots keep their layout at other sizes", "[render]")
{
    Scene scene(QDate(2016, 6, 1));
    for (const QSize size : {QSize(800, 600), QSize(1080, 1080), QSize(2400, 1000)}) {
        scene.options.size = size;
        const QImage image = SnapshotRenderer(scene.options).renderImage();
        CHECK(image.size() == size);
        CHECK(test::countPixels(image, MapStyle::focusLand()) > size.width() * size.height() / 50);
    }
}
