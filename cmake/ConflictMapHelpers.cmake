# Shared compile settings for every ConflictMap target.
function(cm_set_target_defaults target)
  target_compile_definitions(${target} PRIVATE
    QT_DISABLE_DEPRECATED_BEFORE=0x050F00)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra)
  endif()
  if(CONFLICTMAP_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()
