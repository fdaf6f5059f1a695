# `cpack -G DEB` in the build folder: two Debian packages from the install
# components (cmake/JobpipeInstall.cmake):
#   jobpipe_<version>-1_<arch>.deb          the tool (runtime)
#   libjobpipe-dev_<version>-1_<arch>.deb   the library for C++ programs (dev)
# Depends of the tool come from dpkg-shlibdeps (dpkg-dev), plus libcurl4,
# which jobpipe loads with dlopen when it first fetches a URL and so is
# invisible to shlibdeps.
set(CPACK_PACKAGE_NAME jobpipe)
set(CPACK_PACKAGE_VENDOR "jobpipe")
set(CPACK_PACKAGE_CONTACT "jobpipe maintainers <jobpipe@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "turn a job posting into an application record")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime dev)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)

set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME jobpipe)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_DEPENDS "libcurl4 (>= 7.85)")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_RECOMMENDS "ca-certificates")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SUGGESTS "bash-completion")
string(CONCAT CPACK_COMPONENT_RUNTIME_DESCRIPTION
  "Reads a job posting (pasted text, a saved HTML page or an http(s) URL)\n"
  "and writes the markdown record kept for each application, or the same\n"
  "data as JSON for other tools; many URLs at once with --batch.")

set(CPACK_DEBIAN_DEV_PACKAGE_NAME libjobpipe-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
# Static libraries: a program linking them needs these at build time.
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS
  "libgumbo-dev, libre2-dev, nlohmann-json3-dev, pkg-config, libcurl4 (>= 7.85)")
string(CONCAT CPACK_COMPONENT_DEV_DESCRIPTION
  "jobpipe's pipeline as a C++ library (development files)\n"
  "Headers, static libraries, a CMake package (find_package(jobpipe CONFIG),\n"
  "target jobpipe::jobpipe) and a pkg-config file (jobpipe).")

include(CPack)
