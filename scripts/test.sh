#!/usr/bin/env bash
# Install dependencies, build, and run every test with CTest, offscreen, two at a time:
#   1. the normal build (gcc, warnings are errors, build/) and its tests;
#   2. the same tests under AddressSanitizer + UndefinedBehaviorSanitizer (clang, warnings are
#      errors, a unity build: the "asan" preset, build-asan/);
#   3. each fuzz target for BCS_FUZZ_SECONDS (default 10).
# In CI (CI=true) stage 1 is left out: a fresh machine has no compiler cache and two cores, and
# stage 2 already builds everything (benchmarks included) and runs every test; fuzzing gets 5 s.
# BCS_SANITIZE=0 runs stage 1 only (a quick local run).
# Exits non-zero on any failure and when no test ran.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
export QT_QPA_PLATFORM=offscreen

if [ "${CI:-}" != "true" ]; then
  "$root/scripts/build.sh"
  # Two at a time, longest first (COST): the tests mostly wait on sockets and timers.
  ctest --test-dir "${BCS_BUILD_DIR:-$root/build}" --output-on-failure --no-tests=error \
    --timeout 300 --parallel 2 "$@"
  [ "${BCS_SANITIZE:-1}" = "0" ] && exit 0
else
  export BCS_FUZZ_SECONDS="${BCS_FUZZ_SECONDS:-5}"
fi

cd "$root"
echo "== ASan + UBSan: build and every test (build-asan) =="
cmake --preset asan >/dev/null
cmake --build --preset asan --parallel "$(nproc)"
ctest --preset asan "$@"
echo "== fuzzing, ${BCS_FUZZ_SECONDS:-10} s per target =="
"$root/scripts/fuzz.sh" "${BCS_FUZZ_SECONDS:-10}"
