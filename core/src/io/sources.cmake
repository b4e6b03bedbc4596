# Sources of the io module (paths relative to core/).
target_sources(conflictmap_core PRIVATE
  src/io/extractionreader.cpp
  src/io/geoexport.cpp
  src/io/jsonformat.cpp
  src/io/jsonwriter.cpp
  src/io/ogrsupport.cpp
  src/io/storyexport.cpp
  src/io/storyseries.cpp
)
