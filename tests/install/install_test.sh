#!/usr/bin/env bash
# Installs the build into a temporary prefix, checks what landed there, and
# builds a program outside the tree against it twice (CMake package, then
# pkg-config); each must turn the seed posting into the seed's record.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR LIBDIR [CXX [FLAGS]]
#   LIBDIR is CMAKE_INSTALL_LIBDIR; CXX and FLAGS build the consumers (the
#   build's own compiler and, in a sanitizer build, its -fsanitize flags:
#   an instrumented library needs the sanitizer runtime in the program).
set -euo pipefail
build=$(cd "$1" && pwd)
source_dir=$(cd "$2" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/jobpipe-install-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"
seed="$source_dir/fixtures/seed/linkedin-paste-canonical-em-mlops.txt"
expected="$source_dir/fixtures/seed/linkedin-paste-canonical-em-mlops.expected.md"
fail() { echo "install_test: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >"$work/install.log"

libdir=$3
cxx=${4:-c++}
flags=${5:-}
for f in bin/jobpipe share/man/man1/jobpipe.1 \
         share/bash-completion/completions/jobpipe share/zsh/vendor-completions/_jobpipe \
         share/fish/vendor_completions.d/jobpipe.fish share/jobpipe/posting.schema.json \
         include/jobpipe/app/pipeline.h include/jobpipe/core/posting.h \
         include/jobpipe/export/export.h "$libdir/libjobpipe_app.a" \
         "$libdir/cmake/jobpipe/jobpipeConfig.cmake" "$libdir/pkgconfig/jobpipe.pc"; do
  [ -e "$prefix/$f" ] || fail "missing after install: $f"
done

# The installed binary runs on its own.
"$prefix/bin/jobpipe" --date 2025-05-07 "$seed" >"$work/binary.md"
cmp "$work/binary.md" "$expected" || fail "installed binary: record differs from $expected"

# Every installed header compiles on its own with the package's flags.
export PKG_CONFIG_PATH="$prefix/$libdir/pkgconfig"
cflags=$(pkg-config --cflags jobpipe)
(cd "$prefix/include/jobpipe" && find . -name '*.h') | while read -r header; do
  echo "#include \"${header#./}\"" | "$cxx" -std=c++20 $flags $cflags -fsyntax-only -x c++ - ||
    fail "installed header does not compile alone: $header"
done

# CMake: find_package(jobpipe CONFIG) -> jobpipe::jobpipe.
cmake -S "$source_dir/tests/install/consumer" -B "$work/cmake-build" \
  -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER="$cxx" \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags" >"$work/configure.log" ||
  { cat "$work/configure.log" >&2; fail "consumer: cmake configure failed"; }
cmake --build "$work/cmake-build" >"$work/build.log" 2>&1 ||
  { cat "$work/build.log" >&2; fail "consumer: cmake build failed"; }
"$work/cmake-build/consumer" 2025-05-07 "$seed" >"$work/cmake.md"
cmp "$work/cmake.md" "$expected" || fail "CMake consumer: record differs from $expected"

# pkg-config.
"$cxx" -std=c++20 -O1 $flags -o "$work/pc-consumer" "$source_dir/tests/install/consumer/consumer.cc" \
  $(pkg-config --cflags --libs jobpipe) || fail "consumer: pkg-config build failed"
"$work/pc-consumer" 2025-05-07 "$seed" >"$work/pc.md"
cmp "$work/pc.md" "$expected" || fail "pkg-config consumer: record differs from $expected"
echo "install_test: ok ($prefix)"
