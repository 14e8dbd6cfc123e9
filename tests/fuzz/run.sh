#!/bin/bash
# Builds the libFuzzer targets (clang, -DVITK_FUZZ=ON) and fuzzes each in turn:
#   tests/fuzz/run.sh BUILD_DIR [LIBFUZZER_FLAG...] [TARGET...]
# e.g. tests/fuzz/run.sh build-fuzz -max_total_time=60          (what .ci/run does: one minute per target)
#      tests/fuzz/run.sh build-fuzz -runs=10000000 meal_list    (a long run of one target)
# Targets: food_table config meal_list command cronometer (default: all). Each target keeps the inputs it finds in
# BUILD_DIR/fuzz/TARGET/corpus, starting from the seeds in tests/fuzz/corpus/TARGET. A failing input is saved in
# BUILD_DIR/fuzz/TARGET/ and the script stops with libFuzzer's exit code; copy the input to
# tests/fuzz/regressions/TARGET/ so that the fuzz-replay tests keep it fixed.
set -euo pipefail
build=$(realpath -m "${1:?usage: tests/fuzz/run.sh BUILD_DIR [LIBFUZZER_FLAG...] [TARGET...]}")
shift
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
flags=()
targets=()
for word in "$@"; do
  case $word in
    -*) flags+=("$word") ;;
    *) targets+=("$word") ;;
  esac
done
[ "${#targets[@]}" -gt 0 ] || targets=(food_table config meal_list command cronometer)

cmake -S "$source_dir" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVITK_FUZZ=ON \
  -DVITK_TESTS=OFF >/dev/null
cmake --build "$build" -j --target "${targets[@]/#/vitk_fuzz_}"

for target in "${targets[@]}"; do
  work="$build/fuzz/$target"
  mkdir -p "$work/corpus"
  echo "== fuzzing $target ${flags[*]}"
  # Absolute paths: the command target works in a scratch folder of its own. -close_fd_mask=3 silences the
  # command's output; libFuzzer's own reports still reach standard error.
  "$build/vitk_fuzz_$target" -close_fd_mask=3 -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/" "${flags[@]}" "$work/corpus" "$source_dir/tests/fuzz/corpus/$target" 2>"$work/log.txt" || {
    status=$?
    tail -n 40 "$work/log.txt" >&2
    echo "fuzz target $target failed (exit $status); the input is in $work/" >&2
    exit "$status"
  }
  grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$work/log.txt" || true
done
