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

} // namespace cm::test
