# Sources of the text module (paths relative to core/).
target_sources(conflictmap_core PRIVATE
)
