# Sanitizer and fuzzing builds (CMakePresets.json: preset "asan"). Flags apply to every target,
# Qt itself excepted (a system library), so the tests exercise instrumented product code.
#
# BCS_SANITIZERS: e.g. "address,undefined"; undefined behaviour is fatal (no recovery), so a
#   finding fails the test that caused it.
# BCS_BUILD_FUZZERS: libFuzzer targets under tests/fuzz (clang only). Every target gets
#   coverage instrumentation (-fsanitize=fuzzer-no-link) so the fuzzers can use the same
#   static libraries as the tests: one build serves both.

set(BCS_SANITIZERS "" CACHE STRING "Sanitizers for every target, e.g. address,undefined")
option(BCS_BUILD_FUZZERS "Build the libFuzzer targets under tests/fuzz (clang)" OFF)

if(BCS_SANITIZERS)
  add_compile_options(-fsanitize=${BCS_SANITIZERS} -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${BCS_SANITIZERS})
  if(BCS_SANITIZERS MATCHES "undefined")
    add_compile_options(-fno-sanitize-recover=undefined)
  endif()
endif()

if(BCS_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "BCS_BUILD_FUZZERS needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
