#!/usr/bin/env bash
# Installs what building and testing pyglass needs on Debian 12, only if missing.
set -euo pipefail
need=()
for p in re2c bison cmake g++ make libgtest-dev libbenchmark-dev python3; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q "${need[@]}"
fi
