#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and run the flagship lab.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh build
echo "== build/pyglass programs/refcount_tour.py =="
build/pyglass programs/refcount_tour.py
