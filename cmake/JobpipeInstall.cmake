# Install rules: `cmake --install build [--prefix P]` puts jobpipe where a
# Debian tool lives. Two components, which are also the two .deb packages
# (cmake/JobpipePackage.cmake):
#   runtime  bin/jobpipe, man1/jobpipe.1, shell completions, the JSON Schema
#   dev      headers under include/jobpipe/, the static stage libraries, the
#            CMake package (find_package(jobpipe CONFIG) -> jobpipe::jobpipe)
#            and jobpipe.pc
include(CMakePackageConfigHelpers)

install(TARGETS jobpipe RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
install(FILES "${PROJECT_SOURCE_DIR}/man/jobpipe.1"
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT runtime)
install(FILES "${PROJECT_SOURCE_DIR}/completions/jobpipe.bash"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME jobpipe COMPONENT runtime)
install(FILES "${PROJECT_SOURCE_DIR}/completions/_jobpipe"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions COMPONENT runtime)
install(FILES "${PROJECT_SOURCE_DIR}/completions/jobpipe.fish"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d COMPONENT runtime)
install(FILES "${PROJECT_SOURCE_DIR}/schema/posting.schema.json"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/jobpipe COMPONENT runtime)

# The library. Installed headers keep their "stage/file.h" names (the
# headers include each other that way), under include/jobpipe/: the public
# header of each stage and the core structs they all use.
set(jobpipe_public_headers
  core/error.h core/posting.h core/resume.h
  ingest/ingest.h parse/parse.h normalize/normalize.h export/export.h
  app/pipeline.h app/batch.h app/atomic_file.h)
foreach(header IN LISTS jobpipe_public_headers)
  get_filename_component(folder "${header}" DIRECTORY)
  install(FILES "${PROJECT_SOURCE_DIR}/${header}"
          DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/jobpipe/${folder} COMPONENT dev)
endforeach()

set(jobpipe_stage_libraries
  jobpipe_app jobpipe_export jobpipe_normalize jobpipe_parse jobpipe_ingest jobpipe_core)
set_target_properties(jobpipe_lib PROPERTIES EXPORT_NAME jobpipe)
install(TARGETS jobpipe_lib ${jobpipe_stage_libraries} EXPORT jobpipeTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/jobpipe)
set(jobpipe_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/jobpipe)
install(EXPORT jobpipeTargets NAMESPACE jobpipe:: DESTINATION ${jobpipe_cmake_dir}
        COMPONENT dev)
configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/jobpipeConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/jobpipeConfig.cmake"
  INSTALL_DESTINATION ${jobpipe_cmake_dir})
write_basic_package_version_file("${PROJECT_BINARY_DIR}/jobpipeConfigVersion.cmake"
                                 COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/jobpipeConfig.cmake"
              "${PROJECT_BINARY_DIR}/jobpipeConfigVersion.cmake"
        DESTINATION ${jobpipe_cmake_dir} COMPONENT dev)

# pkg-config: the libraries are static, so their dependencies are listed
# for every link (Requires and Libs, not .private). libcurl is loaded at
# run time (ingest/curl_library.h), not linked.
file(RELATIVE_PATH JOBPIPE_PC_TO_PREFIX "/p/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/p")
configure_file("${PROJECT_SOURCE_DIR}/cmake/jobpipe.pc.in"
               "${PROJECT_BINARY_DIR}/jobpipe.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/jobpipe.pc"
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT dev)
