# Sources of the text module (paths relative to core/).
target_sources(conflictmap_core PRIVATE
  src/text/articletext.cpp
  src/text/lexiconfile.cpp
  src/text/lexiconfile.h
  src/text/phrasematcher.cpp
  src/text/phrasematcher.h
  src/text/sentencesplitter.cpp
  src/text/tokenizer.cpp
  src/text/wordtable.cpp
  src/text/wordtable.h
)
