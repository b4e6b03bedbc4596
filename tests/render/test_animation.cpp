#include "catch_qt.h"

#include "animationencoder.h"
#include "mapstyle.h"
#include "rendertestsupport.h"
#include "snapshotrenderer.h"
#include "storylayers.h"

#include "conflictmap/resources.h"

#include <QDir>
#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>

using namespace cm;
using cm::test::MediaInfo;
using cm::test::probe;

namespace {

QImage syntheticFrame(const QSize &size, int index)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(MapStyle::focusLand());
    QPainter painter(&image);
    painter.fillRect(QRect(10 + index * 5, 10, 40, 30), QColor(0xc8, 0x53, 0x00));
    painter.setPen(Qt::black);
    painter.drawText(QRect(0, size.height() - 20, size.width(), 20), Qt::AlignCenter, QString::number(index));
    return image;
}

} // namespace

TEST_CASE("GIF and MP4 hold one frame per added image", "[render]")
{
    QTemporaryDir dir;
    for (const QString &name : {QStringLiteral("a.gif"), QStringLiteral("a.mp4")}) {
        INFO(name.toStdString());
        const QString path = dir.filePath(name);
        AnimationEncoder encoder;
        Diagnostics diagnostics;
        // An odd size: the MP4 drops a row and a column, the GIF keeps it.
        REQUIRE(encoder.open(path, QSize(161, 91), 4.0, &diagnostics));
        for (int i = 0; i < 7; ++i)
            REQUIRE(encoder.addFrame(syntheticFrame(QSize(161, 91), i), &diagnostics));
        REQUIRE(encoder.finish(&diagnostics));
        CHECK(diagnostics.isEmpty());
        CHECK(encoder.frameCount() == 7);
        const MediaInfo info = probe(path);
        CHECK(info.frames == 7);
        if (name.endsWith(QLatin1String(".gif"))) {
            CHECK(info.codec == QStringLiteral("gif"));
            CHECK(info.size == QSize(161, 91));
            // Loops forever: the NETSCAPE2.0 application extension with a loop count of 0.
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            const int netscape = bytes.indexOf("NETSCAPE2.0");
            REQUIRE(netscape > 0);
            CHECK(bytes.mid(netscape + 11, 4) == QByteArray("\x03\x01\x00\x00", 4));
        } else {
            CHECK(info.codec == QStringLiteral("h264"));
            CHECK(info.size == QSize(160, 90));
            CHECK(info.seconds == Approx(7 / 4.0).margin(0.3));
        }
    }
}

TEST_CASE("PNG sequences are numbered frames of the requested size", "[render]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("frames"));
    AnimationEncoder encoder;
    REQUIRE(encoder.open(folder, QSize(120, 80), 2.0));
    for (int i = 0; i < 3; ++i)
        REQUIRE(encoder.addFrame(syntheticFrame(QSize(240, 160), i)));
    REQUIRE(encoder.finish());
    CHECK(QDir(folder).entryList({QStringLiteral("*.png")}, QDir::Files) ==
          QStringList{"frame_0001.png", "frame_0002.png", "frame_0003.png"});
    CHECK(QImageReader(QDir(folder).filePath(QStringLiteral("frame_0003.png"))).size() == QSize(120, 80));

    Diagnostics diagnostics;
    AnimationEncoder unopened;
    CHECK_FALSE(unopened.addFrame(syntheticFrame(QSize(10, 10), 0), &diagnostics));
    CHECK(diagnostics.size() == 1);
}

TEST_CASE("an animated GIF of the story keeps the faction colours", "[render]")
{
    StorySeries series;
    test::loadSampleStory(series);
    StoryLayers layers(Resources::path(QStringLiteral("basemap/region.gpkg")));
    const QVector<QDate> dates = seriesDates(QDate(2017, 9, 1), QDate(2017, 11, 20), SeriesStep::Month);
    REQUIRE(dates.size() == 4);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("story.gif"));
    AnimationEncoder encoder;
    encoder.setPaletteHint(MapStyle::keyColors(FactionStyles::load()));
    REQUIRE(encoder.open(path, QSize(640, 360), 2.0));
    SnapshotOptions options;
    options.size = QSize(640, 360);
    StoryFrame last;
    for (const QDate &date : dates) {
        last = series.frameAt(date);
        layers.showDate(last.state, last.zones);
        options.layers = layers.layers();
        options.legendLayers = layers.legendLayers();
        options.date = date;
        REQUIRE(encoder.addFrame(SnapshotRenderer(options).renderImage()));
    }
    REQUIRE(encoder.finish());
    CHECK(probe(path).frames == dates.size());

    // Qt reads the last frame back: the palette kept the areas' colours exact.
    QImageReader reader(path);
    QImage image;
    int read = 0;
    for (QImage next = reader.read(); !next.isNull(); next = reader.read(), ++read)
        image = next;
    CHECK(read == dates.size());
    CHECK(image.size() == QSize(640, 360));
    const FactionStyles styles = FactionStyles::load();
    int present = 0;
    for (const FactionArea &area : last.zones.areas)
        if (area.areaKm2 > 5000 && area.classId != QLatin1String("contested"))
            present +=
                test::countPixels(
                    image, MapStyle::areaOver(styles.style(area.classId), MapStyle::focusLand()), 4) > 10;
    CHECK(present >= 2);
}
