#!/usr/bin/env bash
# Configures and builds into ./build (or $BCS_BUILD_DIR). Warnings are errors, as in CI.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BCS_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BCS_BUILD_TYPE:-RelWithDebInfo}" \
  -DBCS_WARNINGS_AS_ERRORS=ON "$@" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
