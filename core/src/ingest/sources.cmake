# Sources of the ingest module (paths relative to core/).
target_sources(conflictmap_core PRIVATE
)
