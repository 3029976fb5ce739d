#!/usr/bin/env bash
# run.sh - the collector benchmarks (make bench-gc): each bench/gc/*.go on
# build/gosub (our concurrent collector) and build/gosub-boehm (libgc),
# side by side, BENCH_RUNS times each (the two builds alternate), printing
# the median of each column:
#   cycles   collections (GOSUBDEBUG=gcpauses's summary line)
#   time     wall-clock seconds of the whole run
#   max/p99  largest and 99th-percentile stop-the-world pause (ms); our
#            runtime has two per cycle (start, mark termination), Boehm one
#            (the whole collection: GC_EVENT_START..GC_EVENT_END)
#   stall    the longest time the program was held up by the collector
#            (ms): a pause, an assist, sweeping on allocation, a stack scan
#            before a goroutine resumed (runtime/gc_stats.c); "own" leaves
#            out the time the OS ran other threads in the middle of it, the
#            wall-clock figure is beside it. Boehm's is its longest pause.
#   rss      peak resident set (MB, /usr/bin/time -f %M)
# A program may report a figure of its own on stderr as "NAME: text"
# (parked.go: the memory per parked goroutine); the first run's line of
# each build is printed under the program's row.
# Outputs of the two builds are compared; a mismatch is reported.
# Pictures: for each program, build/bench-gc/<name>.png (gnuplot, when
# installed): heap size (as pacing sees it; Boehm: its heap less its free
# blocks), every stop-the-world pause and every stall (own time) over time,
# gosub and gosub-boehm side by side on the same scales, from the first run
# (GOSUBDEBUG=gcpauses=3's gclog lines).
# Usage: bench/gc/run.sh [NAME ...]  (default: every bench/gc/*.go)
# Environment: GOSUB, GOSUB_BOEHM, BENCH_GC_ARGS_<name> (program arguments),
# BENCH_RUNS (default 3), BENCH_TIMEOUT (seconds per run, default 600),
# BENCH_GC_OUT (pictures, default build/bench-gc), GOGC (passed through).
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi
set -u
export LC_ALL=C
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
GOSUB=${GOSUB:-$ROOT/build/gosub}
GOSUB_BOEHM=${GOSUB_BOEHM:-$ROOT/build/gosub-boehm}
TIMEOUT=${BENCH_TIMEOUT:-600}
RUNS=${BENCH_RUNS:-3}
OUT=${BENCH_GC_OUT:-$ROOT/build/bench-gc}
NAMES=("$@")
if [ ${#NAMES[@]} -eq 0 ]; then
  for f in "$HERE"/*.go; do NAMES+=("$(basename "$f" .go)"); done
fi
TMP=$(mktemp -d "${TMPDIR:-/tmp}/bench-gc.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"
status=0

# run_one BIN NAME TAG: prints "cycles time max p99 stall_own stall rss" (or "fail ...")
run_one() {
  local bin=$1 name=$2 tag=$3 var="BENCH_GC_ARGS_$2" line
  # shellcheck disable=SC2086
  GOSUBDEBUG=gcpauses=3 timeout -k 5 "$TIMEOUT" /usr/bin/time -f "rusage %e %M" \
    "$bin" "$HERE/$name.go" ${!var:-} >"$TMP/$name.$tag.out" 2>"$TMP/$name.$tag.err"
  local rc=$?
  line=$(grep '^gcpauses:' "$TMP/$name.$tag.err" | tail -n 1)
  if [ $rc -ne 0 ] || [ -z "$line" ]; then
    echo "fail - - - - - -"
    return
  fi
  [ -f "$TMP/$name.$tag.log" ] || grep '^gclog: ' "$TMP/$name.$tag.err" | cut -d' ' -f2- >"$TMP/$name.$tag.log"
  [ -f "$TMP/$name.$tag.figure" ] || grep "^$name: " "$TMP/$name.$tag.err" | head -n 1 >"$TMP/$name.$tag.figure"
  awk -v l="$line" -v r="$(grep '^rusage ' "$TMP/$name.$tag.err" | tail -n 1)" 'BEGIN {
    n = split(l, f, " ")
    for (i = 1; i <= n; i++) { split(f[i], kv, "="); v[kv[1]] = kv[2] }
    split(r, t, " ")
    for (k in v) sub(/us$/, "", v[k])
    # a gosub older than the stall figures: "-"
    so = "stall_own_max" in v ? sprintf("%.3f", v["stall_own_max"] / 1000) : "-"
    sw = "stall_max" in v ? sprintf("%.3f", v["stall_max"] / 1000) : "-"
    printf "%s %.2f %.3f %.3f %s %s %d\n", v["cycles"], t[2], v["max"] / 1000, v["p99"] / 1000, so, sw, t[3] / 1024
  }'
}

# median FILE: the per-column median of FILE's rows ("fail" when any run failed)
median() {
  if grep -q '^fail' "$1"; then echo "fail - - - - - -"; return; fi
  local out="" col
  for col in 1 2 3 4 5 6 7; do
    out="$out $(cut -d' ' -f$col "$1" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"
  done   # ("-" sorts first and stays the median when every run has it)
  echo "$out"
}

# plot NAME: build/bench-gc/NAME.png from the two builds' first logs
plot() {
  local name=$1 tag
  command -v gnuplot >/dev/null 2>&1 || return 0
  for tag in ours boehm; do
    [ -s "$TMP/$name.$tag.log" ] || return 0
    awk -v d="$TMP/$name.$tag" '{
      print $1 / 1000, $4 >(d ".heap")
      if ($2 == "stw") print $1 / 1000, $3 / 1000 >(d ".pause")
      else if ($2 != "cycle") print $1 / 1000, $5 / 1000 >(d ".stall")
    }' "$TMP/$name.$tag.log"
    touch "$TMP/$name.$tag.pause" "$TMP/$name.$tag.stall"
  done
  local xmax ymax
  xmax=$(cat "$TMP/$name".*.heap | awk '$1 > m { m = $1 } END { print m * 1.02 + 0.01 }')
  ymax=$(cat "$TMP/$name".*.heap | awk '$2 > m { m = $2 } END { print m * 1.1 + 1 }')
  gnuplot <<EOF 2>"$TMP/gnuplot.err" || { echo "  ! $name: gnuplot failed" >&2; head -n 3 "$TMP/gnuplot.err" >&2; }
set terminal pngcairo size 1400,560 font "sans,11"
set output "$OUT/$name.png"
set multiplot layout 1,2 title "bench/gc/$name.go: heap and every time the collector held the program up"
set xlabel "time (s)"
set xrange [0:$xmax]
set ylabel "heap (MB)"
set yrange [0:$ymax]
set y2label "pause / stall (ms, log scale)"
set logscale y2
set y2range [0.001:1000]
set y2tics
set ytics nomirror
set key below
set grid y2tics
set style fill transparent solid 0.25
do for [t in "ours boehm"] {
  f = "$TMP/$name.".t
  set title (t eq "ours" ? "gosub (concurrent collector)" : "gosub-boehm (stop-the-world)")
  plot f.".heap" using 1:2 with filledcurves y1=0 lc rgb "#8fb3d9" title "heap", \
       f.".stall" using 1:2 axes x1y2 with impulses lw 1 lc rgb "#e69f00" title "program held up (pause, assist, sweep, stack scan)", \
       f.".pause" using 1:2 axes x1y2 with points pt 7 ps 0.5 lc rgb "#c0392b" title "stop-the-world pause"
}
unset multiplot
EOF
}

printf '%-13s | %-54s | %-54s\n' "" "gosub (concurrent)" "gosub-boehm"
hdr=$(printf '%6s %7s %8s %8s %9s %9s %6s' cycles time_s max_ms p99_ms stall_own stall_ms rss_MB)
printf '%-13s | %s | %s\n' program "$hdr" "$hdr"
for name in "${NAMES[@]}"; do
  name=${name%.go}
  : >"$TMP/$name.ours.runs"
  : >"$TMP/$name.boehm.runs"
  for ((i = 0; i < RUNS; i++)); do
    run_one "$GOSUB" "$name" ours >>"$TMP/$name.ours.runs"
    if [ -x "$GOSUB_BOEHM" ]; then run_one "$GOSUB_BOEHM" "$name" boehm >>"$TMP/$name.boehm.runs"; fi
  done
  ours=$(median "$TMP/$name.ours.runs")
  if [ -s "$TMP/$name.boehm.runs" ]; then boehm=$(median "$TMP/$name.boehm.runs"); else boehm="- - - - - - -"; fi
  read -r c1 t1 m1 p1 s1 w1 r1 <<<"$ours"
  read -r c2 t2 m2 p2 s2 w2 r2 <<<"$boehm"
  printf '%-13s | %6s %7s %8s %8s %9s %9s %6s | %6s %7s %8s %8s %9s %9s %6s\n' "$name" \
    "$c1" "$t1" "$m1" "$p1" "$s1" "$w1" "$r1" "$c2" "$t2" "$m2" "$p2" "$s2" "$w2" "$r2"
  if [ -f "$TMP/$name.boehm.out" ] && ! cmp -s "$TMP/$name.ours.out" "$TMP/$name.boehm.out"; then
    echo "  ! $name: outputs of gosub and gosub-boehm differ" >&2
    status=1
  fi
  for tag in ours boehm; do
    [ -f "$TMP/$name.$tag.err" ] || continue
    if [ -s "$TMP/$name.$tag.figure" ]; then
      printf '  %-11s %-6s %s\n' "" "$tag" "$(cat "$TMP/$name.$tag.figure")"
    fi
    if grep -v "^$name: " "$TMP/$name.$tag.err" | grep -qv '^\(gcpauses\?:\|gclog:\|rusage \)'; then
      echo "  ! $name ($tag) stderr:" >&2
      grep -v "^$name: " "$TMP/$name.$tag.err" | grep -v '^\(gcpauses\?:\|gclog:\|rusage \)' | head -n 5 >&2
    fi
  done
  plot "$name"
done
echo "pictures: $OUT/*.png" >&2
exit $status
