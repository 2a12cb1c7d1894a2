#!/usr/bin/env bash
# Installs what building and testing pyglass needs on Debian 12, only if missing.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
updated=0
apt_update_once() {
  if [ "$updated" = 0 ]; then apt-get update -q; updated=1; fi
}
need=()
# libpython3.11-stdlib: CPython 3.11's pure-Python standard library, which pyglass runs (docs/import.md);
# libpython3.11-testsuite: CPython's own tests, the yardstick (tests/cpython/README.md).
# zlib1g-dev, libssl-dev: the zlib module over Debian's zlib, _hashlib and the hash modules over libcrypto.
# libbz2-dev, liblzma-dev: the _bz2 and _lzma modules over libbzip2 and liblzma (natives5).
# unicode-data (+ bzip2 for its Unihan file): the Unicode Character Database the
# build generates pyglass's Unicode tables from (docs/codecs.md).
for p in re2c bison cmake g++ make libgtest-dev libbenchmark-dev python3 libpython3.11-stdlib libpython3.11-testsuite \
         zlib1g-dev libssl-dev libbz2-dev liblzma-dev unicode-data bzip2; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  apt_update_once
  apt-get install -y -q "${need[@]}"
fi
# Optional: headless Chromium for the --trace-html screenshot test (the test
# skips itself when chromium is absent, so a failed install is not fatal).
if ! command -v chromium >/dev/null 2>&1 && [ "${PYGLASS_NO_CHROMIUM:-0}" != 1 ]; then
  echo "installing: chromium (for tests/html)"
  apt_update_once || true
  apt-get install -y -q chromium || echo "chromium not installed: the HTML screenshot test will be skipped"
fi
