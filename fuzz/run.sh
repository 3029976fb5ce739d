#!/bin/sh
# run.sh - run gosub's libFuzzer harnesses (built by `make fuzz` into
# build/fuzz/fuzz-*) one after the other, each for FUZZ_SECONDS seconds
# (default 60), under nice -n 15 (the CPU is shared).
#
# Corpora live in build/fuzz/corpus/<target>/ (kept between runs). The
# text harnesses (lex, parse, check, run) are seeded with every .go file
# of tests/golden, tests/errors, examples, ../shared/conformance and
# fuzz/regress; gen starts from nothing (its inputs are choice bytes).
# Crashes, timeouts, out-of-memory and sanitizer reports are written to
# build/fuzz/crashes/<target>-*; the script lists them and fails when
# there are any. Turn each into a regression input in fuzz/regress/ (see
# fuzz/README.md).
#
# Environment: FUZZ_SECONDS, FUZZ_TARGETS (default "lex parse check run
# gen"), FUZZ_JOBS (libFuzzer -fork jobs per target, default 1: the run
# goes on past crashes, every one is kept), FUZZ_ARGS
# (extra libFuzzer flags).
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
B=$ROOT/build/fuzz
SECS=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-lex parse check run gen}
rm -rf "$B/seeds"
mkdir -p "$B/seeds" "$B/crashes"
for d in tests/golden tests/errors examples ../shared/conformance fuzz/regress; do
  [ -d "$d" ] || continue
  # the collector's workloads take seconds each: no use as fuzzing seeds
  find "$d" -name '*.go' -type f -not -path '*/golden/gc/*' -not -path '*/4-gc/*' | while read -r f; do
    cp "$f" "$B/seeds/$(echo "$f" | tr '/' '_')"
  done
done
for t in $TARGETS; do
  bin=$B/fuzz-$t
  [ -x "$bin" ] || { echo "run.sh: $bin not built (make fuzz)" >&2; exit 2; }
  mkdir -p "$B/corpus/$t"
  seeds=$B/seeds
  [ "$t" = gen ] && seeds=
  # leaks are bugs in the front end; the pipeline abandons goroutines on purpose
  leaks=1
  case $t in run|gen) leaks=0 ;; esac
  echo "== fuzz-$t for ${SECS}s"
  # libFuzzer -fork writes its fuzz-N.log files to the current directory
  cd "$B" || exit 2
  ASAN_OPTIONS="detect_leaks=$leaks:allocator_may_return_null=1:detect_stack_use_after_return=0" \
  UBSAN_OPTIONS=print_stacktrace=1 \
    nice -n 15 "$bin" -max_total_time="$SECS" -timeout=20 -rss_limit_mb=4096 -max_len=16384 \
      -close_fd_mask=3 -print_final_stats=1 -dict="$ROOT/fuzz/go.dict" -fork="${FUZZ_JOBS:-1}" \
      -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
      -artifact_prefix="$B/crashes/$t-" ${FUZZ_ARGS:-} "$B/corpus/$t" $seeds 2>&1 |
    grep -E '^(#[0-9]+|stat::|==[0-9]+==ERROR|SUMMARY|INFO: .*(corpus|crash))' | tail -n 6
  cd "$ROOT" || exit 2
done
n=$(find "$B/crashes" -type f | wc -l)
if [ "$n" -gt 0 ]; then
  echo "run.sh: $n crash inputs in $B/crashes:"
  ls -1 "$B/crashes"
  exit 1
fi
echo "run.sh: no crashes"
