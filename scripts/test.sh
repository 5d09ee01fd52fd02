#!/usr/bin/env bash
# Install dependencies, build (warnings are errors), and run every test with CTest, offscreen,
# two at a time. Then the same tests again under AddressSanitizer + UndefinedBehaviorSanitizer
# (clang, the "asan" preset, build-asan/) and each fuzz target for BCS_FUZZ_SECONDS (default 10,
# 5 in CI).
# BCS_SANITIZE=0 skips the sanitizer build, tests and fuzzing (a quick local run).
# Exits non-zero on any failure and when no test ran.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
if [ "${CI:-}" = "true" ]; then
  # A fresh CI machine has no compiler cache: the same -O2 as RelWithDebInfo, without the debug
  # info nobody reads there (the sanitizer build keeps line tables for its stack traces).
  "$root/scripts/build.sh" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG"
  export BCS_FUZZ_SECONDS="${BCS_FUZZ_SECONDS:-5}"
else
  "$root/scripts/build.sh"
fi
export QT_QPA_PLATFORM=offscreen
# Two at a time, longest first (COST): the tests mostly wait on sockets and timers.
ctest --test-dir "${BCS_BUILD_DIR:-$root/build}" --output-on-failure --no-tests=error \
  --timeout 300 --parallel 2 "$@"
[ "${BCS_SANITIZE:-1}" = "0" ] && exit 0

cd "$root"
echo "== ASan + UBSan: build and every test (build-asan) =="
cmake --preset asan >/dev/null
cmake --build --preset asan --parallel "$(nproc)"
ctest --preset asan "$@"
echo "== fuzzing, ${BCS_FUZZ_SECONDS:-10} s per target =="
"$root/scripts/fuzz.sh" "${BCS_FUZZ_SECONDS:-10}"
