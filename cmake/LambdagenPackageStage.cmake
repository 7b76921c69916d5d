# Build-time half of lambdagen_package(): stages bootstrap (and lib/) and zips it.
# Inputs: EXECUTABLE, STAGE, OUTPUT, STRIP (may be empty), BUNDLE (true/false).
file(REMOVE_RECURSE "${STAGE}")
file(MAKE_DIRECTORY "${STAGE}")
file(COPY_FILE "${EXECUTABLE}" "${STAGE}/bootstrap")
if(STRIP)
  execute_process(COMMAND "${STRIP}" --strip-unneeded "${STAGE}/bootstrap" COMMAND_ERROR_IS_FATAL ANY)
endif()
# Lambda runs bootstrap directly, so it must be executable whatever the umask was.
file(CHMOD "${STAGE}/bootstrap" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
     WORLD_READ WORLD_EXECUTE)
set(_entries bootstrap)
if(BUNDLE)
  file(GET_RUNTIME_DEPENDENCIES
       EXECUTABLES "${EXECUTABLE}"
       RESOLVED_DEPENDENCIES_VAR _deps
       UNRESOLVED_DEPENDENCIES_VAR _missing
       # glibc and the dynamic loader must come from the execution environment itself.
       POST_EXCLUDE_REGEXES "/ld-linux[^/]*$" "/libc\\.so" "/libm\\.so" "/libdl\\.so" "/libpthread\\.so"
                            "/librt\\.so" "/libresolv\\.so" "/libutil\\.so")
  if(_missing)
    message(FATAL_ERROR "lambdagen_package: cannot find ${_missing}")
  endif()
  file(MAKE_DIRECTORY "${STAGE}/lib")
  foreach(_lib IN LISTS _deps)
    get_filename_component(_name "${_lib}" NAME)
    file(COPY_FILE "${_lib}" "${STAGE}/lib/${_name}")
  endforeach()
  list(APPEND _entries lib)
endif()
file(REMOVE "${OUTPUT}")
execute_process(COMMAND "${CMAKE_COMMAND}" -E tar cf "${OUTPUT}" --format=zip ${_entries}
                WORKING_DIRECTORY "${STAGE}" COMMAND_ERROR_IS_FATAL ANY)
