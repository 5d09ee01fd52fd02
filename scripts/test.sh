#!/usr/bin/env bash
# Install dependencies, build (warnings are errors), and run every test with CTest, offscreen.
# Exits non-zero on any failure and when no test ran.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "${BCS_BUILD_DIR:-$root/build}" --output-on-failure --no-tests=error \
  --timeout 300 "$@"
