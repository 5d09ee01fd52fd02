#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan: the "asan" preset in CMakePresets.json,
# build-asan/) and runs each for SECONDS (default 60) from its seeds: tests/fuzz/corpus/<name>
# and, for the JSON parsers, the real API samples in tests/fixtures. Prints the executions per
# target; exits non-zero when one finds a crash, leaving the input in build-asan/fuzz/<name>/.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"
shift || true
"$root/scripts/install-deps.sh"
cd "$root"
cmake --preset asan >/dev/null
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(fuzz_replaydetail fuzz_listpage fuzz_playerconfig
                                     fuzz_statsquery fuzz_dates fuzz_requestframer)
cmake --build --preset asan --target "${targets[@]}"

fixtures="$root/tests/fixtures"
seeds_of() {
  local corpus="$root/tests/fuzz/corpus/${1#fuzz_}"
  [ -d "$corpus" ] && echo "$corpus"
  case "$1" in
    fuzz_replaydetail | fuzz_listpage) echo "$fixtures" "$fixtures/edge_cases" ;;
  esac
}
dict_of() {
  case "$1" in
    fuzz_replaydetail | fuzz_listpage | fuzz_playerconfig) echo "-dict=$root/tests/fuzz/json.dict" ;;
  esac
}

export QT_QPA_PLATFORM=offscreen
# Same as the tests: undefined behaviour is a finding with a stack.
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
failed=()
for target in "${targets[@]}"; do
  work="$root/build-asan/fuzz/$target"
  mkdir -p "$work/corpus"
  # New inputs go to the first directory (kept between runs, outside the source tree).
  # shellcheck disable=SC2046
  if "$root/build-asan/bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
       -print_final_stats=1 -artifact_prefix="$work/" $(dict_of "$target") \
       "$work/corpus" $(seeds_of "$target") >"$work/log.txt" 2>&1; then
    result="ok"
  else
    result="FINDING (see $work/log.txt)"
    failed+=("$target")
  fi
  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$work/log.txt" | grep -o '[0-9]*$' || echo "?")
  echo "$target: $runs executions in ${seconds}s, $(ls "$work/corpus" | wc -l) corpus inputs: $result"
done
if [ ${#failed[@]} -ne 0 ]; then
  echo "findings in: ${failed[*]}" >&2
  exit 1
fi
