# Cross-compiles Lambdagen (or a project using it) for arm64 Lambda, on a Debian x86_64 machine,
# with Debian's cross toolchain, and runs what it builds under qemu-user:
#
#   apt-get install g++-aarch64-linux-gnu qemu-user
#   cmake -S . -B build-arm64 -G Ninja \
#     -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/aarch64-linux-gnu.cmake \
#     -DLAMBDAGEN_CODEGEN_EXECUTABLE=build/codegen/lambdagen-codegen \
#     -DCMAKE_FIND_ROOT_PATH=<a prefix holding arm64 builds of fmt, zlib, GoogleTest>
#
# The generator runs at build time, so a cross build uses one built for the host. Libraries,
# headers and CMake packages are looked for only in the cross sysroot and in the roots given in
# CMAKE_FIND_ROOT_PATH (scripts/test-arm64.sh builds fmt, zlib and GoogleTest from Debian's sources
# into such a prefix). Debian's multiarch packages (zlib1g-dev:arm64, ...) live in
# /usr/lib/aarch64-linux-gnu: give "/" as a root to use them (scripts/test-arm64.sh does not).
# Programs (ctest, gtest_discover_tests, add_custom_command on a target) run under qemu-aarch64
# with the sysroot as its library prefix.
#
#   LAMBDAGEN_AARCH64_TRIPLE   the toolchain's prefix (default aarch64-linux-gnu)
#   LAMBDAGEN_AARCH64_SYSROOT  where its glibc and libstdc++ are (default /usr/<triple>)
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)

if(NOT LAMBDAGEN_AARCH64_TRIPLE)
  set(LAMBDAGEN_AARCH64_TRIPLE aarch64-linux-gnu)
endif()
if(NOT LAMBDAGEN_AARCH64_SYSROOT)
  set(LAMBDAGEN_AARCH64_SYSROOT "/usr/${LAMBDAGEN_AARCH64_TRIPLE}")
endif()
# Seen again by try_compile's projects.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES LAMBDAGEN_AARCH64_TRIPLE LAMBDAGEN_AARCH64_SYSROOT)

if(NOT CMAKE_C_COMPILER)
  set(CMAKE_C_COMPILER "${LAMBDAGEN_AARCH64_TRIPLE}-gcc")
endif()
if(NOT CMAKE_CXX_COMPILER)
  set(CMAKE_CXX_COMPILER "${LAMBDAGEN_AARCH64_TRIPLE}-g++")
endif()

# Debian's cross compilers know their own sysroot; no --sysroot is needed (or wanted: they are
# built with `/` as theirs, and find the cross glibc and libstdc++ under /usr/<triple>).
list(APPEND CMAKE_FIND_ROOT_PATH "${LAMBDAGEN_AARCH64_SYSROOT}")
list(REMOVE_DUPLICATES CMAKE_FIND_ROOT_PATH)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# pkg-config (FindCURL, FindPkgConfig) must not answer with the host's x86_64 libraries.
set(ENV{PKG_CONFIG_LIBDIR} "/usr/lib/${LAMBDAGEN_AARCH64_TRIPLE}/pkgconfig:/usr/share/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")

# Runs the arm64 test programs (ctest, gtest_discover_tests) on this machine. Programs those start
# themselves need either binfmt_misc to know qemu-aarch64, with QEMU_LD_PREFIX set to the sysroot
# in the environment, or to be static.
find_program(LAMBDAGEN_QEMU_AARCH64 NAMES qemu-aarch64 qemu-aarch64-static)
if(LAMBDAGEN_QEMU_AARCH64)
  set(CMAKE_CROSSCOMPILING_EMULATOR "${LAMBDAGEN_QEMU_AARCH64};-L;${LAMBDAGEN_AARCH64_SYSROOT}")
endif()
