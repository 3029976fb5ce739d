#!/usr/bin/env bash
# run-golden.sh - run gosub's golden programs against an interpreter.
#
# Usage: tests/run-golden.sh [-v] INTERP [DIR|FILE.go ...]
#        (default DIRs: tests/golden tests/errors examples)
#
# For every X.go found (recursively, sorted) it runs `INTERP X.go` from X.go's
# folder with stdin from /dev/null under a timeout, and compares with X.out,
# X.err and X.code recorded from real Go 1.19 by tests/tools/regen.sh:
#   - the exit status must equal X.code;
#   - stdout must equal X.out byte for byte;
#   - stderr, by the kind of X.err:
#       compile error ("X.go:L:C: msg" lines): each such recorded line must be
#         a line of stderr, optionally preceded by a path ending in "/";
#       panic / fatal error (a "panic: " or "fatal error: " line): stderr must
#         start with the recorded lines up to and including that line (Go's
#         "runtime: sp=0x..." line, all addresses, left out), and the
#         innermost recorded "X.go:LINE" frame must appear in stderr;
#       anything else: exact match.
# These are the rules of ../shared/conformance/run.sh.
#
# tests/xfail.txt lists programs (paths relative to the repo root, one per
# line, # comments) that are expected to fail for now: when they fail they
# count as skipped ("xfail"); when they pass, "XPASS path" is printed and they
# count as passed. Failing programs print "FAIL path: reason"; -v also prints
# PASS and XFAIL lines. The last line is always "N passed, M failed" (plus
# ", K skipped" when some xfail programs failed); exit status 0 iff M is 0.
# A missing interpreter fails every program (xfail or not), with one message.
#
# Environment: GOLDEN_TIMEOUT (seconds per program, default 10),
# GOLDEN_ENV (extra environment, e.g. "GOSUBDEBUG=gcstress=1"),
# GOLDEN_XFAIL (the xfail list, default tests/xfail.txt),
# GOLDEN_NO_TRACE=1 (skip the innermost-frame check of panics),
# GOLDEN_SKIP (a file listing programs not to run in this run, e.g. under a
# sanitizer whose instrumentation changes a resource limit; they count as
# skipped).

# `make` runs us as `sh tests/run-golden.sh`: switch to bash.
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi
set -u
export LC_ALL=C

prog=run-golden.sh
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
usage() {
  echo "usage: $prog [-v] INTERP [DIR|FILE.go ...]" >&2
  exit 2
}

VERBOSE=0
while [ $# -gt 0 ]; do
  case "$1" in
    -v) VERBOSE=1; shift ;;
    -h|--help) usage ;;
    --) shift; break ;;
    -*) echo "$prog: unknown option: $1" >&2; usage ;;
    *) break ;;
  esac
done
[ $# -ge 1 ] || usage
INTERP=$1
shift
[ $# -gt 0 ] || set -- "$ROOT/tests/golden" "$ROOT/tests/errors" "$ROOT/examples"

TIMEOUT=${GOLDEN_TIMEOUT:-10}
XFAIL_FILE=${GOLDEN_XFAIL:-$ROOT/tests/xfail.txt}
read -r -a EXTRA_ENV <<<"${GOLDEN_ENV:-}"

# --- the interpreter: a path (made absolute) or a command in PATH ---------
interp_error=""
if [[ "$INTERP" == */* ]]; then
  if [ ! -e "$INTERP" ]; then
    interp_error="interpreter not found: $INTERP (not built?)"
  elif [ ! -f "$INTERP" ] || [ ! -x "$INTERP" ]; then
    interp_error="interpreter not executable: $INTERP"
  else
    INTERP="$(cd "$(dirname "$INTERP")" && pwd)/$(basename "$INTERP")"
  fi
elif resolved=$(command -v "$INTERP" 2>/dev/null) && [ -n "$resolved" ]; then
  INTERP=$resolved
else
  interp_error="interpreter not found in PATH: $INTERP"
fi

# --- the programs ---------------------------------------------------------
# (absolute paths, so that the loop below needs no dirname/cd per program)
files=()
for a in "$@"; do
  if [ -d "$a" ]; then
    a=$(cd "$a" && pwd)
    while IFS= read -r f; do files+=("$f"); done < <(find "$a" -name '*.go' -type f | sort)
  elif [ -f "$a" ] && [[ "$a" == *.go ]]; then
    files+=("$(cd "$(dirname "$a")" && pwd)/$(basename "$a")")
  else
    echo "$prog: not a directory or .go file: $a" >&2
    exit 2
  fi
done

# --- the xfail list: paths relative to the repo root ----------------------
declare -A XFAIL=()
if [ -f "$XFAIL_FILE" ]; then
  while IFS= read -r line || [ -n "$line" ]; do
    line=${line%%#*}
    line=$(printf '%s' "$line" | tr -d ' \t\r')
    line=${line#./}
    [ -n "$line" ] && XFAIL["$line"]=1
  done <"$XFAIL_FILE"
fi

# --- the skip list (GOLDEN_SKIP): programs this run must not execute -----
declare -A SKIP=()
if [ -n "${GOLDEN_SKIP:-}" ] && [ -f "$GOLDEN_SKIP" ]; then
  while IFS= read -r line || [ -n "$line" ]; do
    line=${line%%#*}
    line=$(printf '%s' "$line" | tr -d ' \t\r')
    [ -n "$line" ] && SKIP["$line"]=1
  done <"$GOLDEN_SKIP"
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/golden.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# short TEXT: printable and at most 70 characters, for messages
short() {
  local s=$1
  s=${s//$'\t'/\\t}
  s=${s//$'\r'/\\r}
  if [ ${#s} -gt 70 ]; then s="${s:0:67}..."; fi
  printf '%s' "$s"
}

# first_diff EXPECTED GOT: describe the first differing line (and column)
first_diff() {
  awk '
    function clip(s, from,   t) {
      t = substr(s, from, 60)
      gsub(/\t/, "\\t", t)
      return "\"" (from > 1 ? "..." : "") t (length(s) >= from + 60 ? "..." : "") "\""
    }
    FILENAME == ARGV[1] { e[++ne] = $0; next }
    { g[++ng] = $0 }
    END {
      n = (ne > ng) ? ne : ng
      for (i = 1; i <= n; i++) {
        if (i > ne) { printf "line %d: expected <EOF>, got %s", i, clip(g[i], 1); exit }
        if (i > ng) { printf "line %d: expected %s, got <EOF>", i, clip(e[i], 1); exit }
        if (e[i] != g[i]) {
          c = 1
          while (substr(e[i], c, 1) == substr(g[i], c, 1)) c++
          from = (c > 30) ? c - 20 : 1
          printf "line %d col %d: expected %s, got %s", i, c, clip(e[i], from), clip(g[i], from)
          exit
        }
      }
      printf "differs only in trailing newline or NUL bytes"
    }' "$1" "$2" | tr -d '\000'
}

# describe_pair WANT GOT: "expected ..., got ..." for two lines, clipped
# around their first difference so that long lines still show it
describe_pair() {
  local w=$1 g=$2 c=0 from
  while [ $c -lt ${#w} ] && [ "${w:c:1}" = "${g:c:1}" ]; do c=$((c + 1)); done
  from=0
  [ $c -gt 40 ] && from=$((c - 30))
  w=${w:from}
  g=${g:from}
  [ $from -gt 0 ] && w="...$w" && g="...$g"
  printf 'expected "%s", got "%s"' "$(short "$w")" "$(short "$g")"
}

# missing_compile_line EXPECTED GOT STEM: print the first recorded
# "STEM.go:L:C: msg" line that is not a line of GOT (a path ending in "/"
# may precede it)
missing_compile_line() {
  awk -v stem="$3" '
    FILENAME == ARGV[1] {
      if (index($0, stem ".go:") == 1 && $0 ~ /^[^ \t]+\.go:[0-9]+:[0-9]+: /) want[++n] = $0
      next
    }
    { got[++m] = $0 }
    END {
      for (i = 1; i <= n; i++) {
        w = want[i]; L = length(w); ok = 0
        for (j = 1; j <= m && !ok; j++) {
          g = got[j]
          if (g == w) ok = 1
          else if (length(g) > L && substr(g, length(g) - L + 1) == w && substr(g, length(g) - L, 1) == "/") ok = 1
        }
        if (!ok) { print w; exit }
      }
    }' "$1" "$2"
}

# innermost_frame EXPECTED_ERR PANIC_LINE BASE: "BASE:LINE" of the first
# frame in BASE of the recorded trace, or nothing
innermost_frame() {
  awk -v p="$2" -v file="$3" '
    NR <= p { next }
    /^goroutine [0-9]+ \[/ { inside = 1; next }
    inside && /^\t/ && index($0, file ":") {
      s = substr($0, index($0, file ":") + length(file) + 1)
      if (match(s, /^[0-9]+/)) { print file ":" substr(s, 1, RLENGTH); exit }
    }' "$1"
}

# check_stderr EXPECTED_ERR GOT_ERR BASE STEM: append reasons for a stderr
# mismatch to the global array reasons
check_stderr() {
  local exp=$1 got=$2 base=$3 stem=$4 panic_line want gotl frame re miss
  # "runtime: sp=0x... stack=[...]" (Go's stack overflow report) holds
  # addresses that differ from run to run: neither side's counts
  if grep -q '^runtime: sp=0x' "$exp"; then
    grep -v '^runtime: sp=0x' "$exp" >"$TMP/exp_nosp"
    exp=$TMP/exp_nosp
  fi
  panic_line=$(grep -n -m 1 -E '^(panic: |fatal error: )' "$exp" | cut -d: -f1)
  if [ -n "$panic_line" ]; then
    head -n "$panic_line" "$exp" >"$TMP/exp_head"
    head -n "$panic_line" "$got" >"$TMP/got_head"
    if ! cmp -s "$TMP/exp_head" "$TMP/got_head"; then
      want=$(sed -n "${panic_line}p" "$exp")
      gotl=$(sed -n "${panic_line}p" "$got" | tr -d '\000')
      if [ "$panic_line" -eq 1 ]; then
        reasons+=("stderr first line: $(describe_pair "$want" "$gotl")")
      else
        reasons+=("stderr $(first_diff "$TMP/exp_head" "$TMP/got_head")")
      fi
    elif [ "${GOLDEN_NO_TRACE:-0}" != 1 ]; then
      frame=$(innermost_frame "$exp" "$panic_line" "$base")
      if [ -n "$frame" ]; then
        re=$(printf '%s' "$frame" | sed 's/[.]/\\./g')
        if ! grep -q -E "(^|[^A-Za-z0-9_.-])$re([^0-9]|\$)" "$got"; then
          reasons+=("stderr: trace lacks innermost frame $frame")
        fi
      fi
    fi
  elif grep -q -E "^$stem\\.go:[0-9]+:[0-9]+: " "$exp"; then
    miss=$(missing_compile_line "$exp" "$got" "$stem")
    if [ -n "$miss" ]; then
      # compare with the stderr line at the same position, if there is one
      gotl=$(grep -m 1 -F "${miss%%: *}: " "$got" | tr -d '\000')
      [ -n "$gotl" ] || gotl=$(head -n 1 "$got" | tr -d '\000')
      reasons+=("stderr lacks a compile error line: $(describe_pair "$miss" "$gotl")")
    fi
  elif ! cmp -s "$exp" "$got"; then
    reasons+=("stderr $(first_diff "$exp" "$got")")
  fi
}

# run_one ABSDIR BASE: run the interpreter on one program; sets rc
run_one() {
  {
    (
      cd "$1" || exit 125
      exec env ${EXTRA_ENV[@]+"${EXTRA_ENV[@]}"} timeout -k 2 "$TIMEOUT" "$INTERP" "$2"
    ) >"$TMP/out" 2>"$TMP/err" </dev/null
  } 2>/dev/null
  rc=$?
}

passed=0
failed=0
skipped=0
if [ -n "$interp_error" ]; then
  echo "FAIL $prog: $interp_error: ${#files[@]} programs not run"
  echo "0 passed, ${#files[@]} failed"
  exit 1
fi
for f in "${files[@]}"; do
  absdir=${f%/*}
  base=${f##*/}
  stem=${base%.go}
  shown=${f#"$ROOT"/}
  exp_code_f="$absdir/$stem.code"
  reasons=()
  if [ "${SKIP["$shown"]:-0}" = 1 ]; then
    echo "SKIP $shown (listed in $GOLDEN_SKIP)"
    skipped=$((skipped + 1))
    continue
  fi

  if [ ! -f "$absdir/$stem.out" ] || [ ! -f "$absdir/$stem.err" ] || [ ! -f "$exp_code_f" ]; then
    reasons+=("missing expected files ($stem.out/.err/.code; run tests/tools/regen.sh)")
  else
    exp_code=
    read -r exp_code <"$exp_code_f"
    exp_code=${exp_code//[!0-9]/}
    run_one "$absdir" "$base"
    if [ $rc -eq 124 ]; then
      reasons+=("timed out after ${TIMEOUT}s")
    elif [ "$rc" != "$exp_code" ]; then
      if [ $rc -gt 128 ] && [ $rc -lt 160 ]; then
        reasons+=("exit status: expected $exp_code, got $rc (killed by signal $((rc - 128)))")
      else
        reasons+=("exit status: expected $exp_code, got $rc")
      fi
    fi
    if ! cmp -s "$absdir/$stem.out" "$TMP/out"; then
      reasons+=("stdout $(first_diff "$absdir/$stem.out" "$TMP/out")")
    fi
    # both empty is the common case: no process needed to know they match
    if [ -s "$absdir/$stem.err" ] || [ -s "$TMP/err" ]; then
      check_stderr "$absdir/$stem.err" "$TMP/err" "$base" "$stem"
    fi
  fi

  xfail=${XFAIL["$shown"]:-0}
  if [ ${#reasons[@]} -eq 0 ]; then
    passed=$((passed + 1))
    if [ "$xfail" = 1 ]; then
      echo "XPASS $shown (remove it from tests/xfail.txt)"
    elif [ $VERBOSE -eq 1 ]; then
      echo "PASS $shown"
    fi
  else
    msg=$(printf '%s; ' "${reasons[@]}")
    if [ "$xfail" = 1 ]; then
      skipped=$((skipped + 1))
      [ $VERBOSE -eq 1 ] && echo "XFAIL $shown: ${msg%; }"
    else
      failed=$((failed + 1))
      echo "FAIL $shown: ${msg%; }"
    fi
  fi
done

if [ $skipped -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ $failed -eq 0 ]
