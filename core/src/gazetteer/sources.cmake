# Sources of the gazetteer module (paths relative to core/).
target_sources(conflictmap_core PRIVATE
  src/gazetteer/gazetteer.cpp
  src/gazetteer/gazetteerdata.h
  src/gazetteer/namekeys.cpp
  src/gazetteer/namekeys.h
  src/gazetteer/toponymresolver.cpp
  src/gazetteer/toponymrules.cpp
  src/gazetteer/toponymrules.h
)
