# lambdagen_package(<target> [ARCH x86_64|arm64] [STATIC_CXX_RUNTIME] [NO_STRIP] [BUNDLE_SHARED_LIBS]
#                   [OUTPUT <zip>])
#
# Adds a target that builds a zip for the provided.al2023 (or provided.al2) runtime: the executable
# itself is the archive's `bootstrap`, so Lambda starts it with no shell script in between. The
# target is named after the zip: `<target>_zip` for the default `<target>.zip`, `hello-arm64_zip`
# for `OUTPUT hello-arm64.zip`. A function may be packaged several times, with different OUTPUTs.
#   ARCH                the Lambda architecture the zip is for; packaging fails at configure time
#                       when the build targets another one (cross-compile with a toolchain file)
#   STATIC_CXX_RUNTIME  link libstdc++ and libgcc statically into <target>; the shared libraries it
#                       links (glibc, simdjson, fmt, ...) still come from the image or from
#                       BUNDLE_SHARED_LIBS
#   NO_STRIP            keep symbols in the packaged copy (the build tree's copy is never stripped)
#   BUNDLE_SHARED_LIBS  copy the shared libraries the executable needs, except glibc's own, into
#                       lib/ in the zip; Lambda puts /var/task/lib on LD_LIBRARY_PATH
#   OUTPUT              the zip's path (default: <binary dir>/<target>.zip); relative paths are
#                       taken from the current binary directory
include_guard(GLOBAL)
include(${CMAKE_CURRENT_LIST_DIR}/LambdagenArguments.cmake)

set(_LAMBDAGEN_PACKAGE_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/LambdagenPackageStage.cmake")

# The Lambda name of the architecture this build's compiler targets.
function(_lambdagen_lambda_arch out)
  if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64)$")
    set(${out} x86_64 PARENT_SCOPE)
  elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "^(aarch64|arm64|ARM64)$")
    set(${out} arm64 PARENT_SCOPE)
  else()
    set(${out} "${CMAKE_SYSTEM_PROCESSOR}" PARENT_SCOPE)
  endif()
endfunction()

function(lambdagen_package target)
  cmake_parse_arguments(PARSE_ARGV 1 PKG "STATIC_CXX_RUNTIME;NO_STRIP;BUNDLE_SHARED_LIBS" "OUTPUT;ARCH" "")
  _lambdagen_refuse_arguments("lambdagen_package(${target})" "${PKG_UNPARSED_ARGUMENTS}"
                              "${PKG_KEYWORDS_MISSING_VALUES}" "ARCH, STATIC_CXX_RUNTIME, NO_STRIP, BUNDLE_SHARED_LIBS and OUTPUT")
  if(NOT TARGET ${target})
    message(FATAL_ERROR "lambdagen_package: ${target} is not a target")
  endif()
  get_target_property(_type ${target} TYPE)
  if(NOT _type STREQUAL "EXECUTABLE")
    message(FATAL_ERROR "lambdagen_package(${target}): the target must be an executable (it becomes `bootstrap`)")
  endif()
  _lambdagen_lambda_arch(_built_for)
  if(PKG_ARCH)
    if(NOT PKG_ARCH MATCHES "^(x86_64|arm64)$")
      message(FATAL_ERROR "lambdagen_package(${target}): ARCH ${PKG_ARCH} is not a Lambda architecture "
                          "(x86_64 or arm64)")
    endif()
    if(NOT PKG_ARCH STREQUAL _built_for)
      message(FATAL_ERROR "lambdagen_package(${target}): ARCH ${PKG_ARCH}, but this build compiles for "
                          "${_built_for}; configure a separate build with a toolchain file for ${PKG_ARCH}")
    endif()
  endif()
  if(NOT PKG_OUTPUT)
    set(PKG_OUTPUT "${target}.zip")
  endif()
  get_filename_component(PKG_OUTPUT "${PKG_OUTPUT}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
  get_filename_component(_zip_name "${PKG_OUTPUT}" NAME_WLE)
  string(MAKE_C_IDENTIFIER "${_zip_name}" _zip_id)
  set(_zip_target "${_zip_name}_zip")
  if(NOT _zip_name MATCHES "^[A-Za-z0-9_.+-]+$")
    set(_zip_target "${_zip_id}_zip")
  endif()
  if(TARGET ${_zip_target})
    message(FATAL_ERROR "lambdagen_package(${target}): a zip target named ${_zip_target} already exists; "
                        "give this package another OUTPUT name (e.g. OUTPUT ${target}-${_built_for}.zip)")
  endif()
  if(PKG_STATIC_CXX_RUNTIME)
    target_link_options(${target} PRIVATE -static-libstdc++ -static-libgcc)
  endif()
  set(_strip "")
  if(NOT PKG_NO_STRIP AND CMAKE_STRIP)
    set(_strip "${CMAKE_STRIP}")
  endif()
  # One staging folder per zip, so that two packages of one target never share files.
  set(_stage "${CMAKE_CURRENT_BINARY_DIR}/lambdagen-package/${_zip_target}")
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
  add_custom_target(${_zip_target} DEPENDS "${PKG_OUTPUT}")
endfunction()
