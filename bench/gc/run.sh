#!/usr/bin/env bash
# run.sh - the collector benchmarks (make bench-gc): each bench/gc/*.go on
# build/gosub (our concurrent collector) and build/gosub-boehm (libgc),
# one run each, printed side by side:
#   cycles   collections (GOSUBDEBUG=gcpauses=1's summary line)
#   time     wall-clock seconds of the whole run
#   max/p99  largest and 99th-percentile stop-the-world pause (ms); our
#            runtime has two per cycle (start, mark termination), Boehm one
#            (the whole collection: GC_EVENT_START..GC_EVENT_END)
#   rss      peak resident set (MB, /usr/bin/time -f %M)
# Outputs of the two builds are compared; a mismatch is reported.
# Usage: bench/gc/run.sh [NAME ...]  (default: binary_trees map_churn server)
# Environment: GOSUB, GOSUB_BOEHM, BENCH_GC_ARGS_<name> (program arguments),
# BENCH_TIMEOUT (seconds per run, default 600), GOGC (passed through).
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi
set -u
export LC_ALL=C
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
GOSUB=${GOSUB:-$ROOT/build/gosub}
GOSUB_BOEHM=${GOSUB_BOEHM:-$ROOT/build/gosub-boehm}
TIMEOUT=${BENCH_TIMEOUT:-600}
NAMES=("$@")
[ ${#NAMES[@]} -eq 0 ] && NAMES=(binary_trees map_churn server)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/bench-gc.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
status=0

# run_one BIN NAME TAG: prints "cycles time max p99 rss" (or "fail ...")
run_one() {
  local bin=$1 name=$2 tag=$3 var="BENCH_GC_ARGS_$2" line
  # shellcheck disable=SC2086
  GOSUBDEBUG=gcpauses=1 timeout -k 5 "$TIMEOUT" /usr/bin/time -f "rusage %e %M" \
    "$bin" "$HERE/$name.go" ${!var:-} >"$TMP/$name.$tag.out" 2>"$TMP/$name.$tag.err"
  local rc=$?
  line=$(grep '^gcpauses:' "$TMP/$name.$tag.err" | tail -n 1)
  if [ $rc -ne 0 ] || [ -z "$line" ]; then
    echo "fail - - - -"
    return
  fi
  awk -v l="$line" -v r="$(grep '^rusage ' "$TMP/$name.$tag.err" | tail -n 1)" 'BEGIN {
    n = split(l, f, " ")
    for (i = 1; i <= n; i++) { split(f[i], kv, "="); v[kv[1]] = kv[2] }
    split(r, t, " ")
    sub(/us$/, "", v["max"]); sub(/us$/, "", v["p99"])
    printf "%s %.2f %.3f %.3f %d\n", v["cycles"], t[2], v["max"] / 1000, v["p99"] / 1000, t[3] / 1024
  }'
}

printf '%-13s | %-44s | %-44s\n' "" "gosub (concurrent)" "gosub-boehm"
printf '%-13s | %6s %8s %9s %9s %7s | %6s %8s %9s %9s %7s\n' program cycles time_s max_ms p99_ms rss_MB cycles time_s max_ms p99_ms rss_MB
for name in "${NAMES[@]}"; do
  name=${name%.go}
  ours=$(run_one "$GOSUB" "$name" ours)
  if [ -x "$GOSUB_BOEHM" ]; then boehm=$(run_one "$GOSUB_BOEHM" "$name" boehm); else boehm="- - - - -"; fi
  read -r c1 t1 m1 p1 r1 <<<"$ours"
  read -r c2 t2 m2 p2 r2 <<<"$boehm"
  printf '%-13s | %6s %8s %9s %9s %7s | %6s %8s %9s %9s %7s\n' "$name" "$c1" "$t1" "$m1" "$p1" "$r1" "$c2" "$t2" "$m2" "$p2" "$r2"
  if [ -f "$TMP/$name.boehm.out" ] && ! cmp -s "$TMP/$name.ours.out" "$TMP/$name.boehm.out"; then
    echo "  ! $name: outputs of gosub and gosub-boehm differ" >&2
    status=1
  fi
  for tag in ours boehm; do
    if [ -f "$TMP/$name.$tag.err" ] && grep -qv '^\(gcpauses:\|rusage \)' "$TMP/$name.$tag.err"; then
      echo "  ! $name ($tag) stderr:" >&2
      grep -v '^\(gcpauses:\|rusage \)' "$TMP/$name.$tag.err" | head -n 5 >&2
    fi
  done
done
exit $status
