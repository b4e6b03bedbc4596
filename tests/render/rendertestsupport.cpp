#include "rendertestsupport.h"

#include "conflictmap/gazetteer.h"
#include "conflictmap/pipeline.h"
#include "conflictmap/resources.h"

namespace cm::test {

const ControlEvents &sampleEvents()
{
    static const ControlEvents events = [] {
        Pipeline pipeline;
        return pipeline.run({QStringLiteral(CM_SEEDS)}).events;
    }();
    return events;
}

void loadSampleStory(StorySeries &series)
{
    series.loadLand(Resources::path(QStringLiteral("basemap/region.gpkg")));
    Gazetteer gazetteer;
    gazetteer.loadFolder(Resources::path(QStringLiteral("gazetteer")));
    series.setEvents(sampleEvents(), &gazetteer);
}

int countPixels(const QImage &image, const QColor &color, int tolerance)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            if (qAbs(qRed(line[x]) - color.red()) <= tolerance &&
                qAbs(qGreen(line[x]) - color.green()) <= tolerance &&
                qAbs(qBlue(line[x]) - color.blue()) <= tolerance)
                ++count;
    }
    return count;
}

} // namespace cm::test
