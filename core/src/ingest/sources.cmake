# Sources of the ingest module (paths relative to core/).
target_sources(conflictmap_core PRIVATE
  src/ingest/boilerplatedetector.cpp
  src/ingest/duplicatedetector.cpp
  src/ingest/htmltotext.cpp
  src/ingest/ingestlexicon.cpp
  src/ingest/ingestlexicon.h
  src/ingest/ingestor.cpp
  src/ingest/ingesttext.cpp
  src/ingest/ingesttext.h
  src/ingest/phraseindex.cpp
  src/ingest/phraseindex.h
  src/ingest/plaintextmetadata.cpp
  src/ingest/publicationdatefinder.cpp
  src/ingest/textdecoder.cpp
  src/ingest/wordmap.cpp
  src/ingest/wordmap.h
)
