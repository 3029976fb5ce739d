#!/usr/bin/env bash
# go-testsuite.sh - run the programs of Go's own test suite that are meant
# to run (first line "// run") through gosub and compare with Go's
# expectations: exit status 0 and the combined output equal to the
# program's .out file (or empty). Go's test directory comes with Debian's
# golang-1.19-src (/usr/share/go-1.19/test); it is not part of make test
# (tests must not need Go), but it is the best judge of fidelity we have:
# programs nobody here wrote.
#
# Usage: tests/tools/go-testsuite.sh [GOSUB] [DIR...]
#   GOSUB default build/gosub; DIR default: the top level, ken, chan,
#   interface, fixedbugs and typeparam.
# Programs listed in tests/tools/go-testsuite-known.txt (with the reason)
# are expected to fail: they count as "known"; one that passes is
# reported as "KNOWN-PASS" so it can be removed. Each program gets 60 s.
# The last line is "N passed, M failed, K known".
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
G=$(cd "$(dirname "${1:-$ROOT/build/gosub}")" && pwd)/$(basename "${1:-$ROOT/build/gosub}")
shift || true
T=/usr/share/go-1.19/test
[ -d "$T" ] || T=/usr/lib/go-1.19/test
[ -d "$T" ] || { echo "go-testsuite.sh: Go's test directory not found (apt-get install golang-1.19-src)"; exit 0; }
KNOWN=$ROOT/tests/tools/go-testsuite-known.txt
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=(. ken chan interface fixedbugs typeparam)
pass=0 fail=0 known=0
cd "$T" || exit 2
for d in "${dirs[@]}"; do
  for f in "$d"/*.go; do
    f=${f#./}
    head -n 1 "$f" | grep -qx '// run' || continue
    want=""
    [ -f "${f%.go}.out" ] && want=$(cat "${f%.go}.out")
    out=$(cd "$(dirname "$f")" && timeout 60 "$G" "$(basename "$f")" 2>&1 </dev/null)
    rc=$?
    isknown=0
    grep -q "^$f " "$KNOWN" 2>/dev/null && isknown=1
    if [ $rc -eq 0 ] && [ "$out" == "$want" ]; then
      pass=$((pass + 1))
      [ $isknown -eq 1 ] && echo "KNOWN-PASS $f (remove it from $KNOWN)"
    elif [ $isknown -eq 1 ]; then
      known=$((known + 1))
    else
      fail=$((fail + 1))
      echo "FAIL $f (exit $rc): $(printf '%s' "$out" | head -c 200 | tr '\n' ' ')"
    fi
  done
done
echo "$pass passed, $fail failed, $known known"
[ $fail -eq 0 ]
