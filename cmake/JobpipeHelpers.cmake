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

# jobpipe_stage_library(<name> SOURCES <files...> [PUBLIC_DEPS <targets...>]
#                       [PRIVATE_DEPS <targets...>])
# One static library from the listed sources (paths relative to the stage
# folder; sub-folders included), with the project root on the include path
# so headers are included as "stage/folder/file.h". PUBLIC_DEPS are what the
# stage's public header exposes; PRIVATE_DEPS are used inside only (static
# libraries still pass them on to the final link).
function(jobpipe_stage_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "jobpipe_stage_library(${name}): no SOURCES")
  endif()
  add_library(${name} STATIC ${ARG_SOURCES})
  target_compile_features(${name} PUBLIC cxx_std_20)
  target_include_directories(${name} PUBLIC
    "$<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}>"
    "$<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}/jobpipe>")
  target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  target_compile_options(${name} PRIVATE ${JOBPIPE_WARNINGS})
endfunction()
