#!/usr/bin/env bash
# Fuzzes the parsers of files that come from elsewhere with libFuzzer
# (clang, AddressSanitizer, UndefinedBehaviorSanitizer):
#
#   scripts/fuzz.sh [SECONDS]     each target for SECONDS (default 600)
#
# Targets: fuzz_referential (referential files), fuzz_export (JSON exports),
# fuzz_compactjson (the checksummed form of exports, against Qt's writer),
# fuzz_answers (the answers file of paliers-cli score), fuzz_annuaire (the
# register of schools, CSV). Corpora start from
# the real files of tests/data and resources/ and grow in build-fuzz/corpus;
# anything found lands in build-fuzz/findings/TARGET/: copy it to
# tests/data/fuzz/TARGET/ so that tests/core/tst_fuzzregressions.cpp keeps
# it as a regression test. CI runs `scripts/fuzz.sh 60` (scripts/dev.sh test).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SECONDS_PER_TARGET=${1:-600}
DIR=build-fuzz

command -v clang++ >/dev/null || { echo "fuzz.sh needs clang (apt-get install clang)" >&2; exit 1; }
CC=clang CXX=clang++ cmake -S . -B "$DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPALIERS_FUZZ=ON \
    -DPALIERS_BUILD_TESTS=OFF >/dev/null
cmake --build "$DIR" --parallel "$(nproc)" --target fuzz_referential fuzz_export fuzz_compactjson fuzz_answers \
    fuzz_annuaire

seed() {
    local target=$1; shift
    mkdir -p "$DIR/corpus/$target" "$DIR/findings/$target"
    cp "$@" "$DIR/corpus/$target/" 2>/dev/null || true
    if [ -d "tests/data/fuzz/$target" ]; then
        cp tests/data/fuzz/"$target"/* "$DIR/corpus/$target/" 2>/dev/null || true
    fi
}
seed fuzz_referential resources/referentials/*/*.json tests/data/referentials/*.json
seed fuzz_export tests/data/exports/*.json tests/data/exports-grid/*.json
seed fuzz_compactjson tests/data/exports/*.json tests/data/exports-grid/*.json
seed fuzz_answers tests/data/answers/*.json
seed fuzz_annuaire tests/data/annuaire/*.csv

status=0
for target in fuzz_referential fuzz_export fuzz_compactjson fuzz_answers fuzz_annuaire; do
    echo "== $target, ${SECONDS_PER_TARGET} s"
    if ! "$DIR/fuzz/$target" "$DIR/corpus/$target" -max_total_time="$SECONDS_PER_TARGET" -max_len=262144 \
        -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 -artifact_prefix="$DIR/findings/$target/" \
        2>"$DIR/$target.log"; then
        status=1
        echo "   FOUND something: see $DIR/findings/$target/ and $DIR/$target.log"
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|cov:" "$DIR/$target.log" | tail -3 || true
done
exit "$status"
