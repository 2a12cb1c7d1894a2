#!/usr/bin/env bash
# scripts/build.sh DIR [cmake options...]: configure and build pyglass into DIR.
set -euo pipefail
dir=${1:-build}; shift || true
cd "$(dirname "$0")/.."
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build "$dir" -j"$(nproc)"
