# lambdagen_package(<target> [STATIC_CXX_RUNTIME] [NO_STRIP] [BUNDLE_SHARED_LIBS] [OUTPUT <zip>])
#
# Adds a target <target>_zip that builds <target>.zip for the provided.al2023 (or provided.al2)
# runtime: the executable itself is the archive's `bootstrap`, so Lambda starts it with no shell
# script in between.
#   STATIC_CXX_RUNTIME  link libstdc++ and libgcc statically (the function then needs only glibc
#                       and the shared libraries it links, such as libcurl, from the base image)
#   NO_STRIP            keep symbols in the packaged copy (the build tree's copy is never stripped)
#   BUNDLE_SHARED_LIBS  copy the shared libraries the executable needs, except glibc's own, into
#                       lib/ in the zip; Lambda puts /var/task/lib on LD_LIBRARY_PATH
#   OUTPUT              the zip's path (default: <binary dir>/<target>.zip)
include_guard(GLOBAL)

set(_LAMBDAGEN_PACKAGE_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/LambdagenPackageStage.cmake")

function(lambdagen_package target)
  cmake_parse_arguments(PARSE_ARGV 1 PKG "STATIC_CXX_RUNTIME;NO_STRIP;BUNDLE_SHARED_LIBS" "OUTPUT" "")
  if(PKG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "lambdagen_package(${target}): unknown arguments ${PKG_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT TARGET ${target})
    message(FATAL_ERROR "lambdagen_package: ${target} is not a target")
  endif()
  get_target_property(_type ${target} TYPE)
  if(NOT _type STREQUAL "EXECUTABLE")
    message(FATAL_ERROR "lambdagen_package(${target}): the target must be an executable (it becomes `bootstrap`)")
  endif()
  if(NOT PKG_OUTPUT)
    set(PKG_OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/${target}.zip")
  endif()
  if(PKG_STATIC_CXX_RUNTIME)
    target_link_options(${target} PRIVATE -static-libstdc++ -static-libgcc)
  endif()
  set(_strip "")
  if(NOT PKG_NO_STRIP AND CMAKE_STRIP)
    set(_strip "${CMAKE_STRIP}")
  endif()
  set(_stage "${CMAKE_CURRENT_BINARY_DIR}/${target}.lambda")
  add_custom_command(
    OUTPUT "${PKG_OUTPUT}"
    COMMAND ${CMAKE_COMMAND}
            -DEXECUTABLE=$<TARGET_FILE:${target}>
            -DSTAGE=${_stage}
            -DOUTPUT=${PKG_OUTPUT}
            -DSTRIP=${_strip}
            -DBUNDLE=${PKG_BUNDLE_SHARED_LIBS}
            -P "${_LAMBDAGEN_PACKAGE_SCRIPT}"
    DEPENDS ${target} "${_LAMBDAGEN_PACKAGE_SCRIPT}"
    COMMENT "Packaging ${target} as ${PKG_OUTPUT} (bootstrap = ${target})"
    VERBATIM)
  add_custom_target(${target}_zip DEPENDS "${PKG_OUTPUT}")
endfunction()
