# Sources of the extract module (paths relative to core/).
target_sources(conflictmap_core PRIVATE
  src/extract/actorlexicon.cpp
  src/extract/chronology.cpp
  src/extract/chronologydater.cpp
  src/extract/eventextractor.cpp
  src/extract/eventfusion.cpp
  src/extract/framelexicon.cpp
  src/extract/pipeline.cpp
  src/extract/placefinder.cpp
  src/extract/temporalresolver.cpp
)
