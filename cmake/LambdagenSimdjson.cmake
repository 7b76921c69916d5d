# lambdagen::simdjson — simdjson as a static library, built from Debian's own source package of it.
#
# Debian ships simdjson only as a shared library, and a Lambda zip should need no shared library at
# all (issue 14: one static bootstrap). So the build compiles simdjson's amalgamated source, from
# `apt-get source simdjson` (scripts/install-deps.sh unpacks it under /usr/src), into an archive
# that is installed with Lambdagen's own. The same archive serves the dynamic development build, so
# there is one simdjson in every program of ours, whatever its link mode.
#
#   LAMBDAGEN_SIMDJSON_SOURCE_DIR  the unpacked source package (the folder with singleheader/);
#                                  found under /usr/src when not given
include_guard(GLOBAL)

if(NOT LAMBDAGEN_SIMDJSON_SOURCE_DIR)
  file(GLOB _lambdagen_simdjson_candidates LIST_DIRECTORIES true "/usr/src/simdjson-*" "/usr/src/simdjson")
  list(SORT _lambdagen_simdjson_candidates COMPARE NATURAL ORDER DESCENDING)
  foreach(_candidate IN LISTS _lambdagen_simdjson_candidates)
    if(EXISTS "${_candidate}/singleheader/simdjson.cpp")
      set(_lambdagen_simdjson_found "${_candidate}")
      break()
    endif()
  endforeach()
endif()
set(LAMBDAGEN_SIMDJSON_SOURCE_DIR "${_lambdagen_simdjson_found}" CACHE PATH
    "simdjson's unpacked source package (apt-get source simdjson); scripts/install-deps.sh puts it in /usr/src")
if(NOT EXISTS "${LAMBDAGEN_SIMDJSON_SOURCE_DIR}/singleheader/simdjson.cpp")
  message(FATAL_ERROR "Lambdagen builds simdjson from Debian's source package, and found none "
                      "(LAMBDAGEN_SIMDJSON_SOURCE_DIR='${LAMBDAGEN_SIMDJSON_SOURCE_DIR}'). Run "
                      "scripts/install-deps.sh, which unpacks `apt-get source simdjson` under /usr/src, or "
                      "pass -DLAMBDAGEN_SIMDJSON_SOURCE_DIR=<the unpacked folder>.")
endif()
file(STRINGS "${LAMBDAGEN_SIMDJSON_SOURCE_DIR}/singleheader/simdjson.h" _lambdagen_simdjson_version_line
     REGEX "^#define SIMDJSON_VERSION ")
string(REGEX REPLACE "^#define SIMDJSON_VERSION \"?([0-9.]+).*" "\\1" LAMBDAGEN_SIMDJSON_VERSION "${_lambdagen_simdjson_version_line}")
message(STATUS "simdjson ${LAMBDAGEN_SIMDJSON_VERSION} from source: ${LAMBDAGEN_SIMDJSON_SOURCE_DIR}")

find_package(Threads REQUIRED)
add_library(lambdagen_simdjson STATIC "${LAMBDAGEN_SIMDJSON_SOURCE_DIR}/singleheader/simdjson.cpp")
add_library(lambdagen::simdjson ALIAS lambdagen_simdjson)
set_target_properties(lambdagen_simdjson PROPERTIES EXPORT_NAME simdjson OUTPUT_NAME lambdagen_simdjson
                                                    POSITION_INDEPENDENT_CODE ON)
target_compile_features(lambdagen_simdjson PUBLIC cxx_std_17)
# As Debian's own build of it: parse_many may use a worker thread. The define changes the layout of
# simdjson's types, so it is a usage requirement.
target_compile_definitions(lambdagen_simdjson PUBLIC SIMDJSON_THREADS_ENABLED=1)
target_link_libraries(lambdagen_simdjson PUBLIC Threads::Threads)
# Installed beside Lambdagen's headers but in a folder of its own, so that it never shadows (or is
# shadowed by) a system <simdjson.h> of another version.
set(LAMBDAGEN_SIMDJSON_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}/lambdagen/simdjson")
target_include_directories(lambdagen_simdjson SYSTEM PUBLIC
  $<BUILD_INTERFACE:${LAMBDAGEN_SIMDJSON_SOURCE_DIR}/singleheader>
  $<INSTALL_INTERFACE:${LAMBDAGEN_SIMDJSON_INCLUDEDIR}>)
if(LAMBDAGEN_TARGET_ARCH_FLAGS)
  separate_arguments(_lambdagen_simdjson_arch UNIX_COMMAND "${LAMBDAGEN_TARGET_ARCH_FLAGS}")
  target_compile_options(lambdagen_simdjson PRIVATE ${_lambdagen_simdjson_arch})
endif()

install(TARGETS lambdagen_simdjson EXPORT lambdagenTargets ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(FILES "${LAMBDAGEN_SIMDJSON_SOURCE_DIR}/singleheader/simdjson.h" DESTINATION ${LAMBDAGEN_SIMDJSON_INCLUDEDIR})
install(FILES "${LAMBDAGEN_SIMDJSON_SOURCE_DIR}/LICENSE"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/lambdagen RENAME LICENSE.simdjson)
