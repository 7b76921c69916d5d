# lambdagen_generate(<target> HEADERS <header>... [BASE_DIR <dir>] [TESTING] [SCHEMA])
#
# Runs the Lambdagen generator over each header at build time, with <target>'s own include paths
# and compile definitions, and adds the generated codecs to <target>. For `order.h` it writes
# `order.json.h` and `order.json.cpp` into a folder it puts on the target's include path; include
# `order.json.h` to use `lambda::json::parse<Order>` and `lambda::json::to_string`.
#
# With BASE_DIR (an include directory holding the headers), each header is known by its path below
# it: `<dir>/shop/order.h` generates `shop/order.json.h`, which includes `shop/order.h`; the
# directory goes on the target's include path. Without it, headers are known by their file names
# and their folders are added to the target's include path.
#
# With TESTING it also writes `order.testing.h`: arbitrary-value builders and equality for the
# round-trip and fuzz checks of <lambda/json/testing.h>. Only code that includes it pays for it.
#
# With SCHEMA it also writes a JSON Schema (draft 2020-12) per annotated type into one folder for
# the target, `<binary dir>/lambdagen/<target>/schema/`, named after the type's qualified name with
# `::` as `.` (`shop.Order.schema.json`; a class template specialization `shop.Envelope(shop.Created)`).
# The folder is the target's LAMBDAGEN_SCHEMA_DIR property; `<stem>.schemas` next to the codecs
# lists the files each header's run wrote.
#
# The generator re-runs when any of the listed headers or the generator itself changes. Unknown
# arguments are errors.
include_guard(GLOBAL)
include(${CMAKE_CURRENT_LIST_DIR}/LambdagenArguments.cmake)

# The name a header is known by (and its generated files after it): its path below `base_dir`,
# or, with an empty `base_dir`, its file name. Fails when the header is not below `base_dir`.
function(_lambdagen_header_name caller header base_dir out)
  get_filename_component(absolute "${header}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  if(base_dir)
    file(RELATIVE_PATH name "${base_dir}" "${absolute}")
    if(name MATCHES "^\\.\\./")
      message(FATAL_ERROR "${caller}: ${absolute} is not below BASE_DIR ${base_dir}")
    endif()
  else()
    get_filename_component(name "${absolute}" NAME)
  endif()
  set(${out} "${name}" PARENT_SCOPE)
endfunction()

# Stops with a message when a header does not exist: after HEADERS, a misspelt option (TESTNG)
# would otherwise be taken for a header's name. Headers another rule generates are accepted.
function(_lambdagen_check_headers caller)
  foreach(header IN LISTS ARGN)
    get_filename_component(absolute "${header}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    get_source_file_property(generated "${absolute}" GENERATED)
    if(NOT EXISTS "${absolute}" AND NOT generated)
      message(FATAL_ERROR "${caller}: there is no header ${header} (${absolute}); if it is an option, "
                          "it is not one this function takes")
    endif()
  endforeach()
endfunction()

function(lambdagen_generate target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "TESTING;SCHEMA" "BASE_DIR" "HEADERS")
  _lambdagen_refuse_arguments("lambdagen_generate(${target})" "${arg_UNPARSED_ARGUMENTS}"
                              "${arg_KEYWORDS_MISSING_VALUES}" "HEADERS <header>..., BASE_DIR <dir>, TESTING and SCHEMA")
  if(NOT TARGET ${target})
    message(FATAL_ERROR "lambdagen_generate: ${target} is not a target")
  endif()
  if(NOT arg_HEADERS)
    message(FATAL_ERROR "lambdagen_generate(${target}): list the annotated headers after HEADERS")
  endif()
  _lambdagen_check_headers("lambdagen_generate(${target})" ${arg_HEADERS})
  if(TARGET lambdagen_codegen)
    set(generator lambdagen_codegen)
  elseif(TARGET lambdagen::codegen)
    set(generator lambdagen::codegen)
  else()
    message(FATAL_ERROR "lambdagen_generate: the generator (lambdagen::codegen) is not available; a cross build "
                        "needs -DLAMBDAGEN_CODEGEN_EXECUTABLE=<a lambdagen-codegen built for this machine>")
  endif()

  set(out_dir "${CMAKE_CURRENT_BINARY_DIR}/lambdagen/${target}")
  file(MAKE_DIRECTORY "${out_dir}")

  # The target's flags, evaluated at generate time; one per line for the generator's --flags-file.
  set(includes "$<TARGET_PROPERTY:${target},INCLUDE_DIRECTORIES>")
  set(definitions "$<TARGET_PROPERTY:${target},COMPILE_DEFINITIONS>")
  set(flags_file "${out_dir}/compile-flags.txt")
  file(GENERATE OUTPUT "${flags_file}" CONTENT
"-std=c++20
$<$<BOOL:${includes}>:-I$<JOIN:${includes},\n-I>>
$<$<BOOL:${definitions}>:-D$<JOIN:${definitions},\n-D>>
")

  set(absolute_headers "")
  foreach(header IN LISTS arg_HEADERS)
    get_filename_component(absolute "${header}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    list(APPEND absolute_headers "${absolute}")
  endforeach()

  set(base_dir "")
  if(arg_BASE_DIR)
    get_filename_component(base_dir "${arg_BASE_DIR}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    # The generated `shop/order.json.h` includes `shop/order.h`, so BASE_DIR is an include
    # directory, for whatever links the target too (a library's users include its generated headers).
    target_include_directories(${target} PUBLIC "$<BUILD_INTERFACE:${base_dir}>")
  endif()

  set(schema_dir "${out_dir}/schema")
  if(arg_SCHEMA)
    file(MAKE_DIRECTORY "${schema_dir}")
    set_property(TARGET ${target} PROPERTY LAMBDAGEN_SCHEMA_DIR "${schema_dir}")
  endif()

  set(seen_names "")
  foreach(absolute IN LISTS absolute_headers)
    get_filename_component(header_dir "${absolute}" DIRECTORY)
    _lambdagen_header_name("lambdagen_generate(${target})" "${absolute}" "${base_dir}" name)
    if(NOT arg_BASE_DIR)
      target_include_directories(${target} PUBLIC "$<BUILD_INTERFACE:${header_dir}>")
    endif()
    string(REGEX REPLACE "\\.[^./]*$" "" stem "${name}")
    if(name IN_LIST seen_names)
      message(FATAL_ERROR "lambdagen_generate(${target}): two headers are named ${name}; their generated files would collide")
    endif()
    list(APPEND seen_names "${name}")

    set(out_header "${out_dir}/${stem}.json.h")
    set(out_source "${out_dir}/${stem}.json.cpp")
    set(testing_outputs "")
    set(testing_args "")
    if(arg_TESTING)
      set(testing_outputs "${out_dir}/${stem}.testing.h")
      set(testing_args --out-testing "${out_dir}/${stem}.testing.h")
    endif()
    # The schemas' names come from the types in the header, unknown until it is read: the list
    # of them is the output the build knows.
    set(schema_outputs "")
    set(schema_args "")
    if(arg_SCHEMA)
      set(schema_outputs "${out_dir}/${stem}.schemas")
      set(schema_args --out-schema-dir "${schema_dir}" --out-schema-list "${out_dir}/${stem}.schemas")
    endif()
    get_filename_component(out_header_dir "${out_header}" DIRECTORY)
    file(MAKE_DIRECTORY "${out_header_dir}")
    add_custom_command(
      OUTPUT "${out_header}" "${out_source}" ${testing_outputs} ${schema_outputs}
      COMMAND ${generator}
              --input "${absolute}" --include-as "${name}"
              --out-header "${out_header}" --out-source "${out_source}" ${testing_args} ${schema_args}
              --flags-file "${flags_file}"
      DEPENDS ${absolute_headers} ${generator} "${flags_file}"
      COMMENT "lambdagen: generating JSON codecs for ${name}"
      VERBATIM)
    target_sources(${target} PRIVATE "${out_header}" "${out_source}" ${testing_outputs} ${schema_outputs})
  endforeach()

  target_include_directories(${target} PUBLIC "$<BUILD_INTERFACE:${out_dir}>")
  target_link_libraries(${target} PUBLIC lambdagen::json)
endfunction()
