# Sources of the zones module (paths relative to core/).
target_sources(conflictmap_core PRIVATE
  src/zones/edgegraph.cpp
  src/zones/edgegraph.h
  src/zones/factionstyles.cpp
  src/zones/geosutil.cpp
  src/zones/geosutil.h
  src/zones/zonebuilder.cpp
)
