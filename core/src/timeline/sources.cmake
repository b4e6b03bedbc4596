# Sources of the timeline module (paths relative to core/).
# Timeline is a QObject: its public header is listed so AUTOMOC finds it.
set_property(TARGET conflictmap_core PROPERTY AUTOMOC ON)
target_sources(conflictmap_core PRIVATE
  include/conflictmap/timeline.h
  src/timeline/controlmodel.cpp
  src/timeline/timeline.cpp
)
