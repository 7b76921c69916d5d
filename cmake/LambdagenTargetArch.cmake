# simdjson's On-Demand API picks its kernel at compile time, from the flags the *including* code is
# built with. Debian's simdjson 3.0.1 falls back to its scalar kernel unless AVX2, BMI1/2, PCLMUL and
# LZCNT are all enabled, which the default x86-64 target (and even x86-64-v3, lacking PCLMUL) does not.
# Lambda's x86_64 hosts all have AVX2 (Haswell or later), and arm64 always has NEON, so we default to
# Haswell on x86_64 and to nothing on other architectures.
set(LAMBDAGEN_TARGET_ARCH_FLAGS_DEFAULT "")
if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64|amd64")
  set(LAMBDAGEN_TARGET_ARCH_FLAGS_DEFAULT "-march=haswell")
endif()
set(LAMBDAGEN_TARGET_ARCH_FLAGS "${LAMBDAGEN_TARGET_ARCH_FLAGS_DEFAULT}" CACHE STRING
    "Flags that let simdjson On-Demand use its SIMD kernel (empty: compiler default)")
