# Sources of the zones module (paths relative to core/).
target_sources(conflictmap_core PRIVATE
)
