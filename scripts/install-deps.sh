#!/usr/bin/env bash
# Installs what jobpipe needs from Debian 12 packages.
#   scripts/install-deps.sh          build and run jobpipe
#   scripts/install-deps.sh --test   also run the test suite
#   scripts/install-deps.sh --fuzz   also the sanitizer and fuzz builds (clang)
# Idempotent: installs only what is missing, so a second run is quick.
# Download sizes on a fresh Debian 12 are in README.md.
set -euo pipefail

with_tests=0
with_fuzz=0
for arg in "$@"; do
  case "$arg" in
    --test) with_tests=1 ;;
    --fuzz) with_fuzz=1 ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-deps: unknown argument '$arg' (expected --test or --fuzz)" >&2; exit 2 ;;
  esac
done

packages=(
  build-essential cmake pkg-config
  libcurl4-openssl-dev libgumbo-dev libre2-dev nlohmann-json3-dev
  libboost-program-options-dev
)
if [ "$with_tests" -eq 1 ]; then
  packages+=(
    catch2
    python3             # the loopback HTTP server used by the tests
    python3-jsonschema  # JSON Schema validation of our output
    zsh fish            # the zsh and fish completions, parsed and asked
    parallel            # GNU parallel: the scale-out test (README, "Scale-out")
  )
fi
if [ "$with_fuzz" -eq 1 ]; then
  packages+=(
    clang-14            # -DJOBPIPE_SANITIZE, -DJOBPIPE_FUZZ
    libclang-rt-14-dev  # the ASan, UBSan and libFuzzer runtimes
  )
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
echo "install-deps: installing ${missing[*]}" >&2
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
