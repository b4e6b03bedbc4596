#include "catch_qt.h"

#include "rendertestsupport.h"

#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QImageReader>
#include <QProcess>
#include <QTemporaryDir>
#include <gdal/gdal.h>
#include <gdal/ogr_api.h>

extern "C" {
#include <libavformat/avformat.h>
}

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CONFLICTMAP_RESOURCES"), QStringLiteral(CM_RESOURCES));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the tool must choose offscreen itself
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CM_CLI), arguments);
    process.waitForFinished(180000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const QString kEvents = QStringLiteral(CM_TEST_DATA "/zones/seed_events.json");

int videoPackets(const QString &path)
{
    AVFormatContext *context = nullptr;
    if (avformat_open_input(&context, path.toUtf8().constData(), nullptr, nullptr) < 0)
        return -1;
    int count = 0;
    AVPacket *packet = av_packet_alloc();
    while (av_read_frame(context, packet) >= 0) {
        count += context->streams[packet->stream_index]->codecpar->codec_type == AVMEDIA_TYPE_VIDEO;
        av_packet_unref(packet);
    }
    av_packet_free(&packet);
    avformat_close_input(&context);
    return count;
}

} // namespace

TEST_CASE("conflictmap-cli render draws a page of the requested size", "[render][cli]")
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("map.png"));
    const Run run = cli({"render", "--events", kEvents, "--date", "2017-11-20", "--out", png, "--size",
                         "800x450", "--title", "Test title"});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(QImageReader(png).size() == QSize(800, 450));
    const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
    CHECK(cli({"render", "--events", kEvents, "--date", "2017-11-20", "--out", pdf, "--extent",
               "36,34,42,37.5"})
              .code == 0);
    CHECK(QFileInfo(pdf).size() > 10000);

    CHECK(cli({"render", "--events", kEvents, "--date", "2017-11-20", "--out", png, "--size", "huge"}).code ==
          2);
    CHECK(cli({"render", "--events", kEvents, "--date", "2017-11-20", "--out", dir.filePath("map.tiff")})
              .code == 2);
}

TEST_CASE("conflictmap-cli animate writes one frame per step", "[render][cli]")
{
    QTemporaryDir dir;
    const QString gif = dir.filePath(QStringLiteral("story.gif"));
    const Run run = cli({"animate", "--events", kEvents, "--from", "2017-01-01", "--to", "2017-06-01",
                         "--step", "month", "--out", gif, "--size", "320x180"});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(videoPackets(gif) == 6);
    const QString mp4 = dir.filePath(QStringLiteral("story.mp4"));
    REQUIRE(cli({"animate", "--events", kEvents, "--from", "2017-10-01", "--to", "2017-10-20", "--step",
                 "week", "--out", mp4, "--size", "321x181"})
                .code == 0);
    CHECK(videoPackets(mp4) == 4); // 1, 8, 15 and 20 October
    const QString frames = dir.filePath(QStringLiteral("frames"));
    REQUIRE(cli({"animate", "--events", kEvents, "--from", "2017-10-01", "--to", "2017-10-03", "--step",
                 "day", "--out", frames, "--size", "200x120"})
                .code == 0);
    CHECK(QDir(frames).entryList({QStringLiteral("frame_*.png")}).size() == 3);
}

TEST_CASE("conflictmap-cli export writes data files and a QGIS project", "[render][cli]")
{
    QTemporaryDir dir;
    for (const QString &name :
         {QStringLiteral("story.gpkg"), QStringLiteral("story.geojson"), QStringLiteral("story.csv")}) {
        const Run run = cli({"export", "--events", kEvents, "--step", "month", "--out", dir.filePath(name)});
        INFO(run.err.toStdString());
        CHECK(run.code == 0);
        CHECK(QFileInfo::exists(dir.filePath(name)));
    }
    GDALAllRegister();
    GDALDatasetH gpkg = GDALOpenEx(dir.filePath(QStringLiteral("story.gpkg")).toUtf8().constData(),
                                   GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    REQUIRE(gpkg);
    CHECK(GDALDatasetGetLayerByName(gpkg, "areas_series"));
    CHECK(GDALDatasetGetLayerByName(gpkg, "basemap_countries"));
    CHECK(OGR_L_GetFeatureCount(GDALDatasetGetLayerByName(gpkg, "events"), TRUE) == 35);
    GDALClose(gpkg);
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("story-areas_series.geojson"))));
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("story-area_series.csv"))));

    const QString qgz = dir.filePath(QStringLiteral("project/story.qgz"));
    const Run run =
        cli({"export", "--events", kEvents, "--from", "2016-01-01", "--to", "2017-11-20", "--out", qgz});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("project/story.gpkg"))));
    QgsProject project;
    REQUIRE(project.read(qgz));
    CHECK(project.mapLayers().size() >= 5);
    for (QgsMapLayer *layer : project.mapLayers())
        CHECK(layer->isValid());

    CHECK(cli({"export", "--events", kEvents, "--out", dir.filePath("story.shp")}).code == 2);
    CHECK(cli({"export", "--events", kEvents, "--step", "fortnight", "--out", dir.filePath("x.gpkg")}).code ==
          2);
}
