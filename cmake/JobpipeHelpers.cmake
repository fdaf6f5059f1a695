# jobpipe_embed_data(<target> <symbol> <file>)
# Compiles <file> into <target> as jobpipe::embedded::<symbol> (a
# std::string_view). Rebuilt whenever the data file changes.
function(jobpipe_embed_data target symbol file)
  get_filename_component(input "${file}" ABSOLUTE)
  set(output "${CMAKE_CURRENT_BINARY_DIR}/embedded_${symbol}.cc")
  add_custom_command(
    OUTPUT "${output}"
    COMMAND "${CMAKE_COMMAND}" -DIN=${input} -DOUT=${output} -DSYMBOL=${symbol}
            -P "${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake"
    DEPENDS "${input}" "${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake"
    COMMENT "Embedding ${file}"
    VERBATIM)
  target_sources(${target} PRIVATE "${output}")
endfunction()

# jobpipe_stage_library(<name> DEPS <targets...>)
# One static library from every .cc in the current folder (tests and
# benchmarks live elsewhere), with the project root on the include path so
# headers are included as "stage/file.h".
function(jobpipe_stage_library name)
  cmake_parse_arguments(ARG "" "" "DEPS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.cc")
  add_library(${name} STATIC ${sources})
  target_include_directories(${name} PUBLIC
    "$<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}>"
    "$<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}/jobpipe>")
  target_link_libraries(${name} PUBLIC ${ARG_DEPS})
  target_compile_options(${name} PRIVATE ${JOBPIPE_WARNINGS})
endfunction()
