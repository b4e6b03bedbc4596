# Sources of the extract module (paths relative to core/).
target_sources(conflictmap_core PRIVATE
)
