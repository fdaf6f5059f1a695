# cmake -DTESTS_DIR=<tests/> -DLISTED=<a,b,...> -P check_sources_listed.cmake
# Fails naming every .cc under tests/<folder>/ that tests/CMakeLists.txt
# does not list (install/consumer/ is a project of its own). Run as a
# test, so the source lists stay explicit and still cannot miss a file.
string(REPLACE "," ";" listed "${LISTED}")
file(GLOB sources RELATIVE "${TESTS_DIR}" "${TESTS_DIR}/*/*.cc")
set(missing "")
foreach(source IN LISTS sources)
  list(FIND listed "${source}" at)
  if(at EQUAL -1)
    list(APPEND missing "${source}")
  endif()
endforeach()
if(missing)
  list(JOIN missing "\n  " names)
  message(FATAL_ERROR "tests/CMakeLists.txt lists none of these test sources:\n  ${names}")
endif()
