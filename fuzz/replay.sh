#!/usr/bin/env bash
# replay.sh - replay the fuzz regression corpus: every input that ever
# crashed gosub (fuzz/regress/*.go) through an ordinary interpreter binary
# (build/gosub, build/gosub-asan), no clang needed. make test runs it
# (tests/run-all.sh, section i).
#
# Usage: fuzz/replay.sh INTERP [FILE ...]   (default: every fuzz/regress/*.go)
#
# Each input runs with stdin from /dev/null under a timeout (REPLAY_TIMEOUT,
# default 30 s) and the fuzzers' limits (GOSUBDEBUG=maxsafepoints=2000,
# maxheap=256 MiB). It passes when gosub ends by itself (no signal, no
# timeout) with no sanitizer report, and, when X.code is there, with that
# exit status. Prints FAIL lines and "N passed, M failed"; exit status 0
# iff nothing failed.
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi
set -u
export LC_ALL=C
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[ $# -ge 1 ] || { echo "usage: fuzz/replay.sh INTERP [FILE ...]" >&2; exit 2; }
interp=$1
shift
case $interp in /*) ;; *) interp=$PWD/$interp ;; esac
if [ $# -eq 0 ]; then
  set -- "$ROOT"/fuzz/regress/*.go
fi
pass=0
fail=0
err=$(mktemp)
trap 'rm -f "$err"' EXIT
for f in "$@"; do
  [ -f "$f" ] || continue
  if [ ! -x "$interp" ]; then
    echo "FAIL $f: $interp not found (not built?)"
    fail=$((fail + 1))
    continue
  fi
  dir=$(dirname "$f")
  ( cd "$dir" && GOSUBDEBUG=maxsafepoints=2000,maxheap=256 ASAN_OPTIONS=detect_leaks=0 \
      timeout -k 5 "${REPLAY_TIMEOUT:-30}" "$interp" "$(basename "$f")" </dev/null >/dev/null 2>"$err" )
  rc=$?
  why=
  if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
    why="timed out"
  elif [ $rc -ge 128 ]; then
    why="killed by signal $((rc - 128))"
  elif grep -qE 'Sanitizer|^SUMMARY: |\.[ch]:[0-9]+:[0-9]+: runtime error: ' "$err"; then
    why="sanitizer report: $(grep -m1 -E 'ERROR|runtime error' "$err")"
  elif [ -f "${f%.go}.code" ] && [ "$rc" != "$(cat "${f%.go}.code")" ]; then
    why="exit status $rc, want $(cat "${f%.go}.code")"
  fi
  if [ -n "$why" ]; then
    echo "FAIL ${f#"$ROOT"/}: $why"
    fail=$((fail + 1))
  else
    pass=$((pass + 1))
  fi
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
