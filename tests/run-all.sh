#!/usr/bin/env bash
# run-all.sh - every test of gosub, as `make test` runs it (after building
# build/gosub, build/gosub-asan, build/release/unit-tests and
# build/asan/unit-tests). Sections, in order, each under a "== ..." header:
#   (a) unit tests                      build/release/unit-tests
#   (b) unit tests under ASan+UBSan     build/asan/unit-tests
#   (c) golden + errors + examples      build/gosub
#   (d) the same under ASan+UBSan       build/gosub-asan
#   (e) the same with GC stress         build/gosub, GOSUBDEBUG=gcstress=1,gccheckmark=1
#       (a cycle every allocation, each mark verified by a stop-the-world re-mark)
#   (f) ../shared/conformance/run.sh    build/gosub (skipped when absent)
#   (g) the command line                tests/cli/run.sh build/gosub
#   (h) the REPL through a terminal     tests/repl/run.py build/gosub (python3)
#   (i) the fuzz regression corpus      fuzz/replay.sh, build/gosub and build/gosub-asan
#   (j) ThreadSanitizer                 build/gosub-tsan: tests/golden/{concurrency,gc,
#       panics,recursion} and the conformance corpus with TSAN_OPTIONS
#       halt_on_error=1; every TSan report is a failure too
# tests/xfail.txt (see run-golden.sh) applies to (c)-(e) and, for entries
# written "conformance/<dir>/<x>.go", to (f). A missing binary is a failure
# with a message, never silently skipped. Ends with a summary per section and
# exactly one last line "N passed, M failed" (", K skipped" when xfail
# programs failed); exit status 0 iff M is 0.
#
# Environment: GOSUB, GOSUB_ASAN, GOSUB_TSAN, UNIT, UNIT_ASAN (the binaries,
# defaults above), CONFORMANCE (default ../shared/conformance), TEST_SECTIONS
# (the sections to run, default "a b c d e f g h i": `make test-tsan` runs
# (j)), GOLDEN_TIMEOUT (seconds per program; default 10 for (c), 30 for (d)
# and (e), 60 for (j)), CONF_TIMEOUT_TSAN (default 120), UNIT_TIMEOUT
# (default 600), and everything run-golden.sh and the conformance run.sh
# read.

# `make` runs us as `sh tests/run-all.sh`: switch to bash.
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi
set -u
export LC_ALL=C

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 2
GOSUB=${GOSUB:-build/gosub}
GOSUB_ASAN=${GOSUB_ASAN:-build/gosub-asan}
GOSUB_TSAN=${GOSUB_TSAN:-build/gosub-tsan}
UNIT=${UNIT:-build/release/unit-tests}
UNIT_ASAN=${UNIT_ASAN:-build/asan/unit-tests}
CONFORMANCE=${CONFORMANCE:-$ROOT/../shared/conformance}
[ -d "$CONFORMANCE" ] && CONFORMANCE=$(cd "$CONFORMANCE" && pwd)
SECTIONS=${TEST_SECTIONS:-a b c d e f g h i}
XFAIL_FILE=${GOLDEN_XFAIL:-$ROOT/tests/xfail.txt}
GOLDEN_DIRS=(tests/golden tests/errors examples)

TMP=$(mktemp -d "${TMPDIR:-/tmp}/run-all.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
: >"$TMP/failures"

total_pass=0
total_fail=0
total_skip=0
summary=()

# record NAME PASSED FAILED SKIPPED: add one section's counts to the totals
record() {
  total_pass=$((total_pass + $2))
  total_fail=$((total_fail + $3))
  total_skip=$((total_skip + $4))
  local line
  line=$(printf '%-34s %s passed, %s failed' "$1" "$2" "$3")
  [ "$4" -gt 0 ] && line="$line, $4 skipped"
  summary+=("$line")
}

# parse_counts FILE: print "P F S" from the last "N passed, M failed[, K
# skipped]" line of FILE (optionally prefixed by "unit: "), or nothing
parse_counts() {
  sed -n -E 's/^(unit: )?([0-9]+) passed, ([0-9]+) failed(, ([0-9]+) skipped)?$/\2 \3 \5/p' "$1" |
    tail -n 1 | awk '{ print $1, $2, ($3 == "" ? 0 : $3) }'
}

header() {
  echo
  echo "== ($1) $2"
}

# unit_section LETTER NAME BINARY
unit_section() {
  header "$1" "$2: $3"
  if [ ! -x "$3" ]; then
    echo "FAIL $3 not found or not executable (not built?)"
    record "$2" 0 1 0
    return
  fi
  # libcheck's own per-test limit (4 s by default) is a wall-clock bound a
  # loaded machine under ASan can exceed: tests assert behaviour, not speed
  CK_DEFAULT_TIMEOUT=${CK_DEFAULT_TIMEOUT:-120} timeout -k 5 "${UNIT_TIMEOUT:-600}" "$3" 2>&1 | tee "$TMP/unit.log"
  local rc=${PIPESTATUS[0]} counts p f s
  # libcheck's failure lines: file:line:F|E:tcase:test:iteration: message
  grep -E '^[^:]+:[0-9]+:[FE]:' "$TMP/unit.log" | sed "s|^|[$2] |" >>"$TMP/failures"
  counts=$(parse_counts "$TMP/unit.log")
  if [ -z "$counts" ]; then
    echo "FAIL $3 printed no \"unit: N passed, M failed\" line (exit status $rc)"
    record "$2" 0 1 0
    return
  fi
  read -r p f s <<<"$counts"
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    echo "FAIL $3 exited with status $rc although no test failed (sanitizer report at exit?)"
    f=1
  fi
  record "$2" "$p" "$f" "$s"
}

# golden_section LETTER NAME INTERP TIMEOUT [VAR=VALUE ...]: run-golden.sh
# over GOLDEN_DIRS (or SECTION_DIRS when set) with the given timeout and
# extra environment
golden_section() {
  local letter=$1 name=$2 interp=$3 tmo=$4 counts p f s
  shift 4
  local genv="${GOLDEN_ENV:-} $*"
  genv=${genv# }
  genv=${genv% }
  local dirs=("${GOLDEN_DIRS[@]}")
  [ -n "${SECTION_DIRS:-}" ] && read -r -a dirs <<<"$SECTION_DIRS"
  header "$letter" "$name: $interp${genv:+ ($genv)}"
  GOLDEN_TIMEOUT=$tmo GOLDEN_ENV=$genv GOLDEN_XFAIL=$XFAIL_FILE \
    bash tests/run-golden.sh "$interp" "${dirs[@]}" 2>&1 | tee "$TMP/golden.log"
  grep -E '^FAIL' "$TMP/golden.log" | sed "s|^|[$name] |" >>"$TMP/failures"
  counts=$(parse_counts "$TMP/golden.log")
  if [ -z "$counts" ]; then
    echo "FAIL tests/run-golden.sh printed no summary line"
    record "$name" 0 1 0
    return
  fi
  read -r p f s <<<"$counts"
  record "$name" "$p" "$f" "$s"
}

# conformance_section LETTER [NAME INTERP]: the shared corpus (default: as
# "conformance" through $GOSUB), with tests/xfail.txt applied to its
# PASS/FAIL lines (run.sh itself knows nothing of xfail)
conformance_section() {
  local name=${2:-conformance} interp=${3:-$GOSUB} counts p f s n
  if [ ! -d "$CONFORMANCE" ] || [ ! -f "$CONFORMANCE/run.sh" ]; then
    header "$1" "$name"
    echo "conformance: ../shared/conformance not found, skipped"
    return
  fi
  header "$1" "$name: $CONFORMANCE/run.sh $interp"
  bash "$CONFORMANCE/run.sh" -v "$interp" >"$TMP/conf.log" 2>&1
  if [ -z "$(parse_counts "$TMP/conf.log")" ]; then
    # usage error, e.g. no interpreter: every program counts as failed
    cat "$TMP/conf.log"
    n=$(find "$CONFORMANCE" -name '*.go' -type f -not -path '*/tools/*' | wc -l)
    echo "FAIL conformance did not run: $n programs counted as failed"
    record "$name" 0 "$n" 0
    return
  fi
  # keep FAIL lines not in the xfail list, turn xfail'd PASS lines into
  # XPASS notices, count everything again
  awk -v xf="$XFAIL_FILE" '
    BEGIN {
      while ((getline line < xf) > 0) {
        sub(/#.*/, "", line); gsub(/[ \t\r]/, "", line); sub(/^\.\//, "", line)
        if (line ~ /^conformance\//) x[substr(line, 13)] = 1
      }
    }
    /^(PASS|FAIL) / {
      path = $2; sub(/:$/, "", path)
      if ($1 == "PASS") {
        p++
        if (path in x) print "XPASS conformance/" path " (remove it from tests/xfail.txt)"
      } else if (path in x) {
        s++
      } else {
        f++; sub(/^FAIL /, "FAIL conformance/"); print
      }
      next
    }
    /^[0-9]+ passed, [0-9]+ failed$/ { next }
    { print }
    END { printf "%d passed, %d failed", p, f; if (s > 0) printf ", %d skipped", s; printf "\n" }
  ' "$TMP/conf.log" | tee "$TMP/conf2.log"
  grep -E '^FAIL' "$TMP/conf2.log" | sed "s|^|[$name] |" >>"$TMP/failures"
  counts=$(parse_counts "$TMP/conf2.log")
  read -r p f s <<<"$counts"
  record "$name" "$p" "$f" "$s"
}

# cli_section LETTER: tests/cli/run.sh (its own PASS/FAIL lines and summary)
cli_section() {
  local name="cli" counts p f s
  header "$1" "$name: tests/cli/run.sh $GOSUB"
  bash tests/cli/run.sh "$GOSUB" 2>&1 | tee "$TMP/cli.log"
  grep -E '^FAIL' "$TMP/cli.log" | sed "s|^|[$name] |" >>"$TMP/failures"
  counts=$(parse_counts "$TMP/cli.log")
  if [ -z "$counts" ]; then
    echo "FAIL tests/cli/run.sh printed no summary line"
    record "$name" 0 1 0
    return
  fi
  read -r p f s <<<"$counts"
  record "$name" "$p" "$f" "$s"
}

# repl_section LETTER: tests/repl/run.py drives the REPL through a
# pseudo-terminal (its own PASS/FAIL lines and summary)
repl_section() {
  local name="repl" counts p f s
  header "$1" "$name: tests/repl/run.py $GOSUB"
  if ! command -v python3 >/dev/null; then
    echo "FAIL python3 not found: the REPL tests need it"
    record "$name" 0 1 0
    return
  fi
  timeout -k 5 300 python3 tests/repl/run.py "$GOSUB" 2>&1 | tee "$TMP/repl.log"
  grep -E '^FAIL' "$TMP/repl.log" | sed "s|^|[$name] |" >>"$TMP/failures"
  counts=$(parse_counts "$TMP/repl.log")
  if [ -z "$counts" ]; then
    echo "FAIL tests/repl/run.py printed no summary line"
    record "$name" 0 1 0
    return
  fi
  read -r p f s <<<"$counts"
  record "$name" "$p" "$f" "$s"
}

# regress_section LETTER: fuzz/replay.sh (every input that ever crashed gosub)
# through the release and the ASan+UBSan binaries
regress_section() {
  local name="fuzz regressions" counts p=0 f=0 s=0 bin
  header "$1" "$name: fuzz/replay.sh $GOSUB, $GOSUB_ASAN"
  for bin in "$GOSUB" "$GOSUB_ASAN"; do
    bash fuzz/replay.sh "$bin" 2>&1 | tee "$TMP/regress.log"
    grep -E '^FAIL' "$TMP/regress.log" | sed "s|^|[$name] |" >>"$TMP/failures"
    counts=$(parse_counts "$TMP/regress.log")
    if [ -z "$counts" ]; then
      echo "FAIL fuzz/replay.sh printed no summary line"
      f=$((f + 1))
      continue
    fi
    read -r cp cf cs <<<"$counts"
    p=$((p + cp)); f=$((f + cf))
  done
  record "$name" "$p" "$f" "$s"
}

# tsan_section LETTER: the concurrency-heavy golden dirs and the conformance
# corpus through the TSan build (make MODE=tsan). halt_on_error makes a
# report end its program with status 66 (a failed comparison); the reports
# go to files under $TMP (TSan's log_path), shown here, one failure each,
# so none passes unnoticed (e.g. one from a program expected to fail).
tsan_section() {
  local name="tsan reports" n=0 r
  if [ ! -x "$GOSUB_TSAN" ]; then
    header "$1" "ThreadSanitizer: $GOSUB_TSAN"
    echo "FAIL $GOSUB_TSAN not found or not executable (make MODE=tsan)"
    record "tsan" 0 1 0
    return
  fi
  mkdir -p "$TMP/tsan"
  local opts="${TSAN_OPTIONS:-}"
  export TSAN_OPTIONS="${opts:+$opts:}halt_on_error=1:log_path=$TMP/tsan/report"
  SECTION_DIRS="tests/golden/concurrency tests/golden/gc tests/golden/panics tests/golden/recursion" \
    golden_section "$1" "golden (tsan)" "$GOSUB_TSAN" "${GOLDEN_TIMEOUT:-60}"
  # TSan's shadow memory multiplies RSS (the release run checks it), and
  # its programs run 5-20 times slower
  CONF_RSS_MB=0 CONF_TIMEOUT=${CONF_TIMEOUT_TSAN:-120} \
    conformance_section "$1" "conformance (tsan)" "$GOSUB_TSAN"
  if [ -n "$opts" ]; then export TSAN_OPTIONS=$opts; else unset TSAN_OPTIONS; fi
  header "$1" "ThreadSanitizer reports"
  for r in "$TMP"/tsan/report*; do
    [ -f "$r" ] || continue
    n=$((n + 1))
    head -n 60 "$r"
    echo "[$name] FAIL $(sed -n 's/^SUMMARY: //p' "$r" | head -n 1)" >>"$TMP/failures"
  done
  echo "$n reports"
  record "$name" 0 "$n" 0
}

for sec in $SECTIONS; do
  case "$sec" in
    a) unit_section a "unit" "$UNIT" ;;
    b) unit_section b "unit (asan+ubsan)" "$UNIT_ASAN" ;;
    c) golden_section c "golden" "$GOSUB" "${GOLDEN_TIMEOUT:-10}" ;;
    # the interpreter exits through exit() keeping its process-lifetime data
    # (AST, types, heap): leaks are checked by the unit tests, not here
    d) GOLDEN_SKIP=tests/asan-skip.txt golden_section d "golden (asan+ubsan)" "$GOSUB_ASAN" "${GOLDEN_TIMEOUT:-30}" ASAN_OPTIONS=detect_leaks=0 ;;
    e) golden_section e "golden (gcstress)" "$GOSUB" "${GOLDEN_TIMEOUT:-30}" GOSUBDEBUG=gcstress=1,gccheckmark=1 ;;
    f) conformance_section f ;;
    g) cli_section g ;;
    h) repl_section h ;;
    i) regress_section i ;;
    j) tsan_section j ;;
    *) echo "run-all.sh: unknown section in TEST_SECTIONS: $sec" >&2; exit 2 ;;
  esac
done

# the failures again, just above the summary: CI logs often show only the tail
if [ -s "$TMP/failures" ]; then
  echo
  echo "== failures ($(wc -l <"$TMP/failures") lines; details in the sections above)"
  head -n 60 "$TMP/failures" | cut -c1-300
fi

echo
echo "== summary"
for line in ${summary[@]+"${summary[@]}"}; do echo "$line"; done
if [ $total_skip -gt 0 ]; then
  echo "$total_pass passed, $total_fail failed, $total_skip skipped"
else
  echo "$total_pass passed, $total_fail failed"
fi
[ $total_fail -eq 0 ]
