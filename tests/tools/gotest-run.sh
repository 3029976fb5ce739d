#!/bin/bash
# run Go's own "// run" tests through gosub; print PASS/FAIL lines
G=${GOSUB:-/work/main/build/gosub}
cd /usr/lib/go-1.19/test
for f in "$@"; do
  head -1 "$f" | grep -qx '// run' || continue
  exp="${f%.go}.out"
  out=$(cd "$(dirname $f)" && timeout 10 $G "$(basename $f)" 2>&1 </dev/null); rc=$?
  want=""; [ -f "$exp" ] && want=$(cat "$exp")
  if [ $rc -eq 0 ] && [ "$out" == "$want" ]; then echo "PASS $f"; else echo "FAIL $f rc=$rc $(echo "$out" | head -c 150 | tr '\n' ' ')"; fi
done
