#!/usr/bin/env bash
# run.sh - gosub's benchmarks side by side with compiled Go, yaegi, Lua 5.4
# and the Boehm-GC build of gosub.
#
# Usage: bench/run.sh [NAME|NAME.go ...]   (default: every bench/*.go but
#        hello.go; run from anywhere)
#
# For each program it runs, from bench/, every implementation that is
# available:
#   gosub   $GOSUB X.go            (default build/gosub)
#   go      X built with `go build` into a temporary folder (build not timed)
#   yaegi   yaegi run X.go         (when yaegi is in PATH)
#   lua     lua5.4 lua/X.lua       (when both exist)
#   boehm   $GOSUB_BOEHM X.go      (default build/gosub-boehm, when present)
# BENCH_RUNS times each (default 3) and prints the median wall time and the
# largest peak RSS (from /usr/bin/time -f "%e %M") in a table; "-" marks an
# implementation that is not available, "fail"/"timeout" one that did not
# finish properly. Every implementation's output is compared with compiled
# Go's (or, without go, the first that ran): a mismatch is marked "!" and
# explained below the table. Then "hello world" startup time, averaged over
# BENCH_HELLO_RUNS runs (default 20), then a "pairs" table: for each X.go
# with a hand-written twin X_plain.go (generic_sum / generic_sum_plain),
# X's time over the twin's per implementation; the twins must print the
# same output. A program without lua/X.lua has "-" in the lua column and
# takes no part in the gosub/lua figures.
# The last column is gosub's median time over Lua's, and a last line
# gives their geometric mean (the goal: every ratio at or below 1.00).
# Exit status: 1 if any output mismatched, else 0.
#
# Environment: BENCH_RUNS, BENCH_HELLO_RUNS, BENCH_TIMEOUT (seconds per run,
# default 300), GOSUB, GOSUB_BOEHM, YAEGI (default yaegi), LUA (default
# lua5.4).

# `make bench` runs us as `sh bench/run.sh`: switch to bash.
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi
set -u
export LC_ALL=C

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
RUNS=${BENCH_RUNS:-3}
HELLO_RUNS=${BENCH_HELLO_RUNS:-20}
TIMEOUT=${BENCH_TIMEOUT:-300}
GOSUB=${GOSUB:-$ROOT/build/gosub}
GOSUB_BOEHM=${GOSUB_BOEHM:-$ROOT/build/gosub-boehm}
YAEGI=${YAEGI:-yaegi}
LUA=${LUA:-lua5.4}
IMPLS=(gosub go yaegi lua boehm)  # column order
RUN_ORDER=(go gosub yaegi lua boehm)  # go first: its output is the reference

TMP=$(mktemp -d "${TMPDIR:-/tmp}/gosub-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# abs PATH: PATH made absolute (relative to the current folder)
abs() {
  case "$1" in
    /*) printf '%s' "$1" ;;
    *) printf '%s/%s' "$PWD" "$1" ;;
  esac
}
GOSUB=$(abs "$GOSUB")
GOSUB_BOEHM=$(abs "$GOSUB_BOEHM")

# which implementations exist at all
declare -A HAVE=()
[ -x "$GOSUB" ] && HAVE[gosub]=1
command -v go >/dev/null 2>&1 && HAVE[go]=1
command -v "$YAEGI" >/dev/null 2>&1 && HAVE[yaegi]=1
command -v "$LUA" >/dev/null 2>&1 && HAVE[lua]=1
[ -x "$GOSUB_BOEHM" ] && HAVE[boehm]=1
HAVE_TIME=0
[ -x /usr/bin/time ] && HAVE_TIME=1

progs=()
if [ $# -gt 0 ]; then
  for a in "$@"; do
    a=${a##*/}
    a=${a%.go}
    if [ ! -f "$HERE/$a.go" ]; then
      echo "run.sh: no such benchmark: bench/$a.go" >&2
      exit 2
    fi
    progs+=("$a")
  done
else
  for f in "$HERE"/*.go; do
    a=$(basename "$f" .go)
    [ "$a" = hello ] || progs+=("$a")
  done
fi

# command IMPL NAME: print the command line (one word per line) that runs
# benchmark NAME with IMPL, or nothing when IMPL cannot run it
command_for() {
  case "$1" in
    gosub) printf '%s\n' "$GOSUB" "$2.go" ;;
    go) [ -x "$TMP/go-$2" ] && printf '%s\n' "$TMP/go-$2" ;;
    yaegi) printf '%s\n' "$YAEGI" run "$2.go" ;;
    lua) [ -f "$HERE/lua/$2.lua" ] && printf '%s\n' "$LUA" "lua/$2.lua" ;;
    boehm) printf '%s\n' "$GOSUB_BOEHM" "$2.go" ;;
  esac
}

# measure OUT ERR CMD...: run CMD once from bench/; sets secs, rss_kb, rc
measure() {
  local out=$1 err=$2 t0 t1
  shift 2
  if [ $HAVE_TIME -eq 1 ]; then
    (cd "$HERE" && exec /usr/bin/time -f '%e %M' -o "$TMP/time" \
      timeout -k 5 "$TIMEOUT" "$@") >"$out" 2>"$err" </dev/null
    rc=$?
    read -r secs rss_kb <"$TMP/time" 2>/dev/null || { secs=0; rss_kb=0; }
    # /usr/bin/time writes "Command exited with non-zero status N" first
    if ! [[ $secs =~ ^[0-9.]+$ ]]; then read -r secs rss_kb < <(tail -n 1 "$TMP/time"); fi
  else
    t0=$(date +%s%N)
    (cd "$HERE" && exec timeout -k 5 "$TIMEOUT" "$@") >"$out" 2>"$err" </dev/null
    rc=$?
    t1=$(date +%s%N)
    secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
    rss_kb=0
  fi
}

# median NUMBERS...: the middle value (upper middle for an even count)
median() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int(NR / 2) + 1] }'
}

notes=()
mismatch=0
declare -A MED=()     # MED[impl.name]: median seconds
ratios=()             # gosub/lua per program where both ran

# bench_one NAME: run NAME with every implementation, print its table row
bench_one() {
  local name=$1 impl cmd r ref="" cell row maxrss
  if [ -n "${HAVE[go]:-}" ]; then
    (cd "$HERE" && go build -o "$TMP/go-$name" "$name.go") >"$TMP/build.log" 2>&1 ||
      notes+=("$name: go build failed: $(head -n 1 "$TMP/build.log")")
  fi
  declare -A cells=() times=() rsses=() dead=()
  local -a active=()
  for impl in "${RUN_ORDER[@]}"; do
    cells[$impl]="-"
    [ -n "${HAVE[$impl]:-}" ] || continue
    mapfile -t cmd < <(command_for "$impl" "$name")
    [ ${#cmd[@]} -gt 0 ] && active+=("$impl")
  done
  # rounds: every implementation once per round, so that load on the
  # machine falls on all of them alike (medians of alternating runs)
  for ((r = 1; r <= RUNS; r++)); do
    for impl in "${active[@]}"; do
      [ -z "${dead[$impl]:-}" ] || continue
      mapfile -t cmd < <(command_for "$impl" "$name")
      measure "$TMP/out.$impl" "$TMP/err.$impl" "${cmd[@]}"
      if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
        dead[$impl]="timeout"
        notes+=("$name: $impl timed out after ${TIMEOUT}s")
      elif [ $rc -ne 0 ]; then
        dead[$impl]="fail"
        local first
        first=$(head -c 200 "$TMP/err.$impl" | head -n 1)
        notes+=("$name: $impl exited with status $rc: ${first:-(no stderr)}")
      else
        times[$impl]="${times[$impl]:-} $secs"
        rsses[$impl]="${rsses[$impl]:-} $rss_kb"
        [ $r -eq 1 ] && cp "$TMP/out.$impl" "$TMP/first.$impl"
      fi
    done
  done
  for impl in "${RUN_ORDER[@]}"; do
    [[ " ${active[*]} " == *" $impl "* ]] || continue
    if [ -n "${dead[$impl]:-}" ]; then
      cells[$impl]=${dead[$impl]}
      continue
    fi
    # shellcheck disable=SC2086
    maxrss=$(printf '%s\n' ${rsses[$impl]} | sort -n | tail -n 1)
    # shellcheck disable=SC2086
    MED[$impl.$name]=$(median ${times[$impl]})
    cell="${MED[$impl.$name]}s"
    [ $HAVE_TIME -eq 1 ] && cell="$cell $(awk -v k="$maxrss" 'BEGIN { printf (k < 10240 ? "%.1fM" : "%.0fM"), k / 1024 }')"
    # compare with the reference output (compiled Go's when it ran)
    if [ -z "$ref" ]; then
      ref=$impl
      cp "$TMP/first.$impl" "$TMP/ref"
      cp "$TMP/ref" "$TMP/ref.$name"
    elif ! cmp -s "$TMP/ref" "$TMP/first.$impl"; then
      cell="$cell!"
      mismatch=1
      notes+=("$name: $impl output differs from $ref: $(diff "$TMP/ref" "$TMP/first.$impl" | grep -m 2 '^[<>]' | tr '\n' ' ')")
    fi
    cells[$impl]=$cell
  done
  row=$(printf '%-15s' "$name")
  for impl in "${IMPLS[@]}"; do row="$row$(printf ' %14s' "${cells[$impl]}")"; done
  local g=${MED[gosub.$name]:-} l=${MED[lua.$name]:-} ratio="-"
  if [ -n "$g" ] && [ -n "$l" ] && [[ ${cells[gosub]} != *'!'* ]]; then
    ratio=$(awk -v g="$g" -v l="$l" 'BEGIN { if (l > 0) printf "%.2f", g / l; else print "-" }')
    [ "$ratio" != "-" ] && ratios+=("$ratio")
  fi
  echo "$row$(printf ' %10s' "$ratio")"
}

# pair_rows: for every benchmark X run together with its hand-written
# twin X_plain (e.g. generic_sum / generic_sum_plain: the same program
# without type parameters), X's median time over X_plain's per
# implementation ("-" where either did not run), and a note when the two
# printed different output
pair_rows() {
  local name twin impl row a b cell any=0
  for name in "${progs[@]}"; do
    twin=${name}_plain
    [[ " ${progs[*]} " == *" $twin "* ]] || continue
    if [ $any -eq 0 ]; then
      echo "pairs: time of X over its hand-written twin X_plain (1.00 = same speed)"
      any=1
    fi
    row=$(printf '%-15s' "$name")
    for impl in "${IMPLS[@]}"; do
      a=${MED[$impl.$name]:-}
      b=${MED[$impl.$twin]:-}
      cell="-"
      if [ -n "$a" ] && [ -n "$b" ]; then
        cell=$(awk -v a="$a" -v b="$b" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }')
      fi
      row="$row$(printf ' %14s' "$cell")"
    done
    echo "$row"
    if [ -f "$TMP/ref.$name" ] && [ -f "$TMP/ref.$twin" ] && ! cmp -s "$TMP/ref.$name" "$TMP/ref.$twin"; then
      mismatch=1
      notes+=("$name: output differs from its twin $twin")
    fi
  done
}

# hello_row: average startup time of hello world per implementation
hello_row() {
  local impl cmd row i t0 t1 ok
  [ -n "${HAVE[go]:-}" ] && (cd "$HERE" && go build -o "$TMP/go-hello" hello.go) >/dev/null 2>&1
  row=$(printf '%-15s' "hello x$HELLO_RUNS")
  for impl in "${IMPLS[@]}"; do
    cell="-"
    if [ -n "${HAVE[$impl]:-}" ]; then
      mapfile -t cmd < <(command_for "$impl" hello)
      if [ ${#cmd[@]} -gt 0 ]; then
        ok=1
        t0=$(date +%s%N)
        for ((i = 0; i < HELLO_RUNS; i++)); do
          (cd "$HERE" && exec "${cmd[@]}") >"$TMP/hello.out" 2>/dev/null </dev/null || { ok=0; break; }
        done
        t1=$(date +%s%N)
        if [ $ok -eq 1 ] && [ "$(cat "$TMP/hello.out")" = "hello, world" ]; then
          cell=$(awk -v a="$t0" -v b="$t1" -v n="$HELLO_RUNS" 'BEGIN { printf "%.1fms", (b - a) / 1e6 / n }')
        else
          cell="fail"
          notes+=("hello: $impl failed or printed something else")
        fi
      fi
    fi
    row="$row$(printf ' %14s' "$cell")"
  done
  echo "$row"
}

echo "gosub benchmarks: median of $RUNS runs, wall time and peak RSS"
[ $HAVE_TIME -eq 1 ] || echo "(no /usr/bin/time: wall time from date, no RSS)"
header=$(printf '%-15s' "program")
for impl in "${IMPLS[@]}"; do header="$header$(printf ' %14s' "$impl")"; done
echo "$header$(printf ' %10s' "gosub/lua")"
for name in "${progs[@]}"; do bench_one "$name"; done
hello_row
pair_rows
if [ ${#ratios[@]} -gt 0 ]; then
  printf '%s\n' "${ratios[@]}" | awk '{ s += log($1); n++; if ($1 > 1) over++ }
    END { printf "gosub/lua: geomean %.2f over %d programs; %d above 1.00 (slower than Lua)\n", exp(s / n), n, over + 0 }'
fi

missing=()
for impl in "${IMPLS[@]}"; do [ -n "${HAVE[$impl]:-}" ] || missing+=("$impl"); done
[ ${#missing[@]} -eq 0 ] || echo "not available: ${missing[*]}"
if [ ${#notes[@]} -gt 0 ]; then
  echo "notes:"
  printf '  %s\n' "${notes[@]}"
fi
exit $mismatch
