#!/usr/bin/env bash
# Installs jobpipe's build and test dependencies from Debian 12 packages.
# Idempotent: installs only what is missing, so a second run is quick.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libcurl4-openssl-dev libgumbo-dev libre2-dev nlohmann-json3-dev
  libboost-program-options-dev catch2
  libvalijson-dev  # tests: JSON Schema validation of our output
  python3  # the loopback HTTP server used by the tests
)

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
