# Sources of the gazetteer module (paths relative to core/).
target_sources(conflictmap_core PRIVATE
)
