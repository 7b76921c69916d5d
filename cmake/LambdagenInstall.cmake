# Installs the libraries, the generator and the CMake package that lets another project write
#   find_package(lambdagen CONFIG REQUIRED)
#   lambdagen_generate(my_function HEADERS order.h)
include(CMakePackageConfigHelpers)
set(LAMBDAGEN_CMAKE_INSTALL_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/lambdagen)

install(EXPORT lambdagenTargets NAMESPACE lambdagen:: DESTINATION ${LAMBDAGEN_CMAKE_INSTALL_DIR})
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/lambdagen-config.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/lambdagen-config.cmake
  INSTALL_DESTINATION ${LAMBDAGEN_CMAKE_INSTALL_DIR})
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/lambdagen-config-version.cmake
  COMPATIBILITY SameMinorVersion)
set(_lambdagen_cmake_files
  ${CMAKE_CURRENT_BINARY_DIR}/lambdagen-config.cmake
  ${CMAKE_CURRENT_BINARY_DIR}/lambdagen-config-version.cmake
  ${CMAKE_CURRENT_LIST_DIR}/LambdagenTargetArch.cmake)
# Every module the config includes, and the script lambdagen_package() runs at build time.
foreach(_module LambdagenArguments LambdagenGenerate LambdagenPackage LambdagenPackageStage LambdagenFuzz)
  list(APPEND _lambdagen_cmake_files ${CMAKE_CURRENT_LIST_DIR}/${_module}.cmake)
endforeach()
install(FILES ${_lambdagen_cmake_files} DESTINATION ${LAMBDAGEN_CMAKE_INSTALL_DIR})
# The cross toolchain files, for building a function for the other Lambda architecture.
install(DIRECTORY ${CMAKE_CURRENT_LIST_DIR}/toolchains DESTINATION ${LAMBDAGEN_CMAKE_INSTALL_DIR})
