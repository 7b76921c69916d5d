# lambdagen_package(<target> [ARCH x86_64|arm64] [LAYOUT static|self-contained] [NO_STRIP]
#                   [OUTPUT <zip>])
#
# Adds a target that builds a zip for the provided.al2023 (or provided.al2) runtime: the executable
# itself is the archive's `bootstrap`, so Lambda starts it with no shell script in between. The
# target is named after the zip: `<target>_zip` for the default `<target>.zip`, `hello-arm64_zip`
# for `OUTPUT hello-arm64.zip`. A function may be packaged several times, with different OUTPUTs.
#
# The zip never depends on what the image has (its glibc, its libraries). Two layouts:
#   static          (the default) <target> is linked as one static executable: glibc, libstdc++,
#                   libgcc, simdjson and zlib from their archives; no interpreter, no shared library
#   self-contained  when a static link is impossible: <target> links a library that exists only as
#                   a shared object (libcurl, a vendor SDK), or the build is instrumented by a
#                   sanitizer. The zip carries lib/ with the build machine's loader and every shared
#                   library the executable needs, glibc included; the bootstrap's interpreter and
#                   run path point into /var/task/lib (set with patchelf)
# The layout is chosen at the end of the directory that calls lambdagen_package (so the target's
# libraries may be linked after this call), and configuring says which one and why.
#
#   ARCH     the Lambda architecture the zip is for (default: what the compiler targets);
#            configuring fails when the build targets another one (cross-compile with a toolchain
#            file), and packaging fails if the bootstrap is not for it
#   LAYOUT   force a layout; `static` fails to link if a library has no archive
#   NO_STRIP keep symbols in the packaged copy (the build tree's copy is never stripped)
#   OUTPUT   the zip's path (default: <binary dir>/<target>.zip); relative paths are taken from the
#            current binary directory
# Packaging prints the zip's size, the bootstrap's size, architecture and layout, and fails if the
# bootstrap is not what the layout promises (a "static" one with an interpreter, say).
include_guard(GLOBAL)
include(${CMAKE_CURRENT_LIST_DIR}/LambdagenArguments.cmake)

# A global property, not a variable: lambdagen_package may be called from a directory that is not
# below the one that included this file (the include guard is global).
set_property(GLOBAL PROPERTY LAMBDAGEN_PACKAGE_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/LambdagenPackageStage.cmake")

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
  cmake_parse_arguments(PARSE_ARGV 1 PKG "NO_STRIP;STATIC_CXX_RUNTIME;BUNDLE_SHARED_LIBS" "OUTPUT;ARCH;LAYOUT" "")
  if(PKG_STATIC_CXX_RUNTIME OR PKG_BUNDLE_SHARED_LIBS)
    message(FATAL_ERROR "lambdagen_package(${target}): STATIC_CXX_RUNTIME and BUNDLE_SHARED_LIBS are gone: "
                        "the bootstrap is one static executable by default, and LAYOUT self-contained "
                        "bundles the shared libraries (glibc and its loader included) when it cannot be")
  endif()
  _lambdagen_refuse_arguments("lambdagen_package(${target})" "${PKG_UNPARSED_ARGUMENTS}"
                              "${PKG_KEYWORDS_MISSING_VALUES}" "ARCH, LAYOUT, NO_STRIP and OUTPUT")
  if(NOT TARGET ${target})
    message(FATAL_ERROR "lambdagen_package: ${target} is not a target")
  endif()
  get_target_property(_type ${target} TYPE)
  if(NOT _type STREQUAL "EXECUTABLE")
    message(FATAL_ERROR "lambdagen_package(${target}): the target must be an executable (it becomes `bootstrap`)")
  endif()
  if(PKG_LAYOUT AND NOT PKG_LAYOUT MATCHES "^(static|self-contained)$")
    message(FATAL_ERROR "lambdagen_package(${target}): LAYOUT ${PKG_LAYOUT} is not a layout (static or self-contained)")
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
  else()
    set(PKG_ARCH "${_built_for}")
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
  add_custom_target(${_zip_target} DEPENDS "${PKG_OUTPUT}")
  # The rest waits for the end of this directory, when the target's libraries are all known.
  cmake_language(EVAL CODE "cmake_language(DEFER CALL _lambdagen_package_layout [[${target}]] [[${_zip_target}]] \
[[${PKG_OUTPUT}]] [[${PKG_ARCH}]] [[${PKG_LAYOUT}]] [[${PKG_NO_STRIP}]])")
endfunction()

# Called at the end of the directory: picks the layout, links <target> statically for the static
# one, and adds the command that stages and zips it.
function(_lambdagen_package_layout target zip_target output arch layout no_strip)
  _lambdagen_static_obstacles(${target} _obstacles)
  if(NOT layout)
    set(layout static)
    if(_obstacles)
      set(layout self-contained)
    endif()
  endif()
  if(layout STREQUAL "static")
    set(_why "one static executable, no interpreter, no shared library")
    # Every package of one target agrees, so the option is added once.
    get_target_property(_linked_static ${target} LAMBDAGEN_STATIC)
    if(NOT _linked_static)
      # --gc-sections: of glibc, libstdc++ and the libraries, only what the function reaches.
      target_link_options(${target} PRIVATE -static -Wl,--gc-sections)
      set_target_properties(${target} PROPERTIES LAMBDAGEN_STATIC ON)
    endif()
  else()
    set(_why "the loader and shared libraries in lib/")
    if(_obstacles)
      list(JOIN _obstacles ", " _because)
      string(APPEND _why ", because static linking is impossible: ${_because}")
    endif()
    get_target_property(_linked_static ${target} LAMBDAGEN_STATIC)
    if(_linked_static)
      message(FATAL_ERROR "lambdagen_package(${target}): another package of it links it statically; "
                          "package a target once per layout")
    endif()
    find_program(LAMBDAGEN_PATCHELF patchelf)
    if(NOT LAMBDAGEN_PATCHELF)
      message(FATAL_ERROR "lambdagen_package(${target}): the self-contained layout needs patchelf "
                          "(Debian: apt-get install patchelf), to point the bootstrap at /var/task/lib")
    endif()
  endif()
  message(STATUS "lambdagen_package(${target}) → ${output}: ${arch}, ${layout} layout (${_why})")
  set(_strip "")
  if(NOT no_strip AND CMAKE_STRIP)
    set(_strip "${CMAKE_STRIP}")
  endif()
  get_property(_script GLOBAL PROPERTY LAMBDAGEN_PACKAGE_SCRIPT)
  # One staging folder per zip, so that two packages of one target never share files.
  set(_stage "${CMAKE_CURRENT_BINARY_DIR}/lambdagen-package/${zip_target}")
  add_custom_command(
    OUTPUT "${output}"
    COMMAND ${CMAKE_COMMAND}
            -DEXECUTABLE=$<TARGET_FILE:${target}>
            -DSTAGE=${_stage}
            -DOUTPUT=${output}
            -DSTRIP=${_strip}
            -DLAYOUT=${layout}
            -DARCH=${arch}
            -DREADELF=${CMAKE_READELF}
            -DPATCHELF=${LAMBDAGEN_PATCHELF}
            -P "${_script}"
    DEPENDS ${target} "${_script}"
    COMMENT "Packaging ${target} as ${output} (bootstrap = ${target}, ${layout})"
    VERBATIM)
endfunction()

# What keeps <target> from linking statically: a sanitizer (their runtimes are shared objects), or
# a library it links that exists only as a shared object.
function(_lambdagen_static_obstacles target out)
  set(_found "")
  string(TOUPPER "${CMAKE_BUILD_TYPE}" _config)
  get_target_property(_options ${target} LINK_OPTIONS)
  get_target_property(_compile_options ${target} COMPILE_OPTIONS)
  if("${CMAKE_CXX_FLAGS} ${CMAKE_CXX_FLAGS_${_config}} ${CMAKE_EXE_LINKER_FLAGS} ${_options} ${_compile_options}"
     MATCHES "-fsanitize=")
    list(APPEND _found "the build is instrumented by a sanitizer")
  endif()
  get_target_property(_queue ${target} LINK_LIBRARIES)
  set(_seen "")
  while(_queue)
    list(POP_FRONT _queue _item)
    if(_item MATCHES "^\\$<(LINK_ONLY|BUILD_INTERFACE):(.*)>$")
      set(_item "${CMAKE_MATCH_2}")
    elseif(_item MATCHES "^\\$<" OR _item MATCHES "^::@")
      continue()
    endif()
    if(_item IN_LIST _seen)
      continue()
    endif()
    list(APPEND _seen "${_item}")
    if(TARGET "${_item}")
      get_target_property(_aliased "${_item}" ALIASED_TARGET)
      if(_aliased)
        list(APPEND _queue "${_aliased}")
        continue()
      endif()
      get_target_property(_kind "${_item}" TYPE)
      get_target_property(_imported "${_item}" IMPORTED)
      if(_kind STREQUAL "SHARED_LIBRARY" AND NOT _imported)
        list(APPEND _found "${_item} is a shared library")
      elseif(_imported AND NOT _kind STREQUAL "INTERFACE_LIBRARY")
        # The location of any configuration it was imported with: a shared object in one is one in all.
        get_target_property(_configs "${_item}" IMPORTED_CONFIGURATIONS)
        set(_suffixes "" "_${_config}" "_NOCONFIG")
        foreach(_c IN LISTS _configs)
          list(APPEND _suffixes "_${_c}")
        endforeach()
        foreach(_suffix IN LISTS _suffixes)
          get_target_property(_location "${_item}" IMPORTED_LOCATION${_suffix})
          if(_location MATCHES "\\.so(\\.[0-9]+)*$")
            get_filename_component(_file "${_location}" NAME)
            list(APPEND _found "${_item} is ${_file}")
            break()
          endif()
        endforeach()
      endif()
      get_target_property(_next "${_item}" INTERFACE_LINK_LIBRARIES)
      if(_next)
        list(APPEND _queue ${_next})
      endif()
    elseif(_item MATCHES "\\.so(\\.[0-9]+)*$")
      get_filename_component(_file "${_item}" NAME)
      list(APPEND _found "it links ${_file}")
    elseif(_item MATCHES "^-l(.+)$" OR _item MATCHES "^([A-Za-z0-9_+.-]+)$")
      set(_name "${CMAKE_MATCH_1}")
      # glibc's own libraries are all in its static archives.
      if(NOT _name MATCHES "^(c|m|dl|rt|pthread|util|resolv|anl|crypt)$")
        find_library(_archive_${_name} NAMES lib${_name}.a NO_CACHE)
        if(NOT _archive_${_name})
          list(APPEND _found "lib${_name} has no static archive")
        endif()
      endif()
    endif()
  endwhile()
  set(${out} "${_found}" PARENT_SCOPE)
endfunction()
