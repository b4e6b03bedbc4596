# Imported targets QGIS::Core and QGIS::Gui for Debian's QGIS 3.22 (Qt 5).
# Debian ships FindQGIS.cmake but no config package and flattens the header
# folder; a few headers include sub-paths (scalebar/..., geometry/...), which
# a build-tree folder of symlinks resolves.
list(APPEND CMAKE_MODULE_PATH /usr/share/qgis)
find_package(QGIS QUIET)
find_package(Qt5 5.15 REQUIRED COMPONENTS Core Gui Widgets Xml Network Sql PrintSupport Svg Concurrent WebKitWidgets)

if(QGIS_FOUND AND NOT TARGET QGIS::Core)
  set(_shim "${CMAKE_BINARY_DIR}/qgis-include-shim")
  foreach(sub scalebar geometry diagram processing processing/models editorwidgets editorwidgets/core)
    get_filename_component(_parent "${_shim}/${sub}" DIRECTORY)
    file(MAKE_DIRECTORY "${_parent}")
    if(NOT EXISTS "${_shim}/${sub}")
      file(CREATE_LINK "${QGIS_INCLUDE_DIR}" "${_shim}/${sub}" SYMBOLIC)
    endif()
  endforeach()

  add_library(QGIS::Core UNKNOWN IMPORTED GLOBAL)
  set_target_properties(QGIS::Core PROPERTIES
    IMPORTED_LOCATION "${QGIS_CORE_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${QGIS_INCLUDE_DIR};${_shim}"
    INTERFACE_COMPILE_DEFINITIONS "WITH_QTWEBKIT")
  target_link_libraries(QGIS::Core INTERFACE
    Qt5::Core Qt5::Gui Qt5::Widgets Qt5::Xml Qt5::Network Qt5::Sql Qt5::PrintSupport
    Qt5::Svg Qt5::Concurrent Qt5::WebKitWidgets)

  add_library(QGIS::Gui UNKNOWN IMPORTED GLOBAL)
  set_target_properties(QGIS::Gui PROPERTIES IMPORTED_LOCATION "${QGIS_GUI_LIBRARY}")
  target_link_libraries(QGIS::Gui INTERFACE QGIS::Core)
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(QGISLibs REQUIRED_VARS QGIS_CORE_LIBRARY QGIS_GUI_LIBRARY QGIS_INCLUDE_DIR)
