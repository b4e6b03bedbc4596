#pragma once
// The sample corpus for render tests and the benchmark: the events of the five sample
// articles (extracted once by the pipeline) and the story built from them.

#include "conflictmap/storyseries.h"
#include "mediachecks.h"

#include <QColor>
#include <QImage>

namespace cm::test {

/** Events of the sample articles (resources/articles) through the extraction pipeline. */
const ControlEvents &sampleEvents();

/** A story of the sample events with the basemap's land. */
void loadSampleStory(StorySeries &series);

} // namespace cm::test
