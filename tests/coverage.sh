#!/bin/bash
# Line coverage of src/ by the whole test suite (clang source-based coverage), printed per file and in total.
#   tests/coverage.sh BUILD_DIR [MIN_PERCENT]
# Fails when the total line coverage of src/ is below MIN_PERCENT (default 0: report only).
set -euo pipefail
build=$(realpath -m "${1:?usage: tests/coverage.sh BUILD_DIR [MIN_PERCENT]}")
min=${2:-0}
source_dir=$(cd "$(dirname "$0")/.." && pwd)
profdata=$(command -v llvm-profdata-14 || command -v llvm-profdata)
cov=$(command -v llvm-cov-14 || command -v llvm-cov)

cmake -S "$source_dir" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS="-fprofile-instr-generate -fcoverage-mapping" >/dev/null
cmake --build "$build" -j
rm -rf "$build/profiles" && mkdir -p "$build/profiles"
LLVM_PROFILE_FILE="$build/profiles/%p-%m.profraw" ctest --test-dir "$build" -j2 --output-on-failure >/dev/null
"$profdata" merge -sparse "$build"/profiles/*.profraw -o "$build/coverage.profdata"
"$cov" report "$build/vitk" -object "$build/tests/vitk_unit_tests" -instr-profile="$build/coverage.profdata" \
  "$source_dir/src" >"$build/coverage.txt"
cat "$build/coverage.txt"
total=$(awk '$1 == "TOTAL" { print $10 }' "$build/coverage.txt" | tr -d '%')
echo "line coverage of src/: $total% (minimum $min%)"
awk -v total="$total" -v min="$min" 'BEGIN { exit !(total + 0 >= min + 0) }'
