# Instrumented builds, for CI and for finding bugs before users do.
#
#   -DJOBPIPE_SANITIZE=address,undefined   every target built with ASan and
#                                          UBSan (any -fsanitize= list works)
#   -DJOBPIPE_FUZZ=ON                      the libFuzzer targets in fuzz/
#                                          (clang only; implies
#                                          address,undefined unless
#                                          JOBPIPE_SANITIZE says otherwise)
#
# JOBPIPE_CONSUMER_FLAGS: what a program built against this build's
# library needs on its compile and link lines (the sanitizer runtimes).
#
# Both at once in one clang build directory give the whole test suite under
# the sanitizers and the fuzzers from the same objects (what .ci/run does).
set(JOBPIPE_CONSUMER_FLAGS "")
set(JOBPIPE_SANITIZE "" CACHE STRING
    "Sanitizers to build everything with, e.g. address,undefined (empty: none)")
option(JOBPIPE_FUZZ "Build the libFuzzer targets in fuzz/ (needs clang)" OFF)

if(JOBPIPE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "JOBPIPE_FUZZ needs clang (libFuzzer): configure with "
                        "-DCMAKE_CXX_COMPILER=clang++")
  endif()
  if(JOBPIPE_SANITIZE STREQUAL "")
    set(JOBPIPE_SANITIZE "address,undefined" CACHE STRING
        "Sanitizers to build everything with, e.g. address,undefined (empty: none)" FORCE)
  endif()
endif()

if(NOT JOBPIPE_SANITIZE STREQUAL "")
  # A sanitizer report ends the process with an error: no report scrolls by
  # in a passing test. Frame pointers keep the reports' stacks whole.
  add_compile_options(-fsanitize=${JOBPIPE_SANITIZE} -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${JOBPIPE_SANITIZE})
  # The binary normally ends with _Exit (no static destructors); in these
  # builds it returns from main so that the leak checker runs.
  add_compile_definitions(JOBPIPE_SANITIZED=1)
  string(APPEND JOBPIPE_CONSUMER_FLAGS "-fsanitize=${JOBPIPE_SANITIZE}")
endif()

if(JOBPIPE_FUZZ)
  # Coverage feedback for every library the fuzz targets link; the libFuzzer
  # main is linked into the fuzz targets only.
  add_compile_options(-fsanitize=fuzzer-no-link)
  add_link_options(-fsanitize=fuzzer-no-link)
  string(APPEND JOBPIPE_CONSUMER_FLAGS " -fsanitize=fuzzer-no-link")
endif()
