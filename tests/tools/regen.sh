#!/usr/bin/env bash
# regen.sh - record the expected files of gosub's golden corpus with the real
# Go toolchain (the oracle). For every X.go it runs `go run X.go` in X.go's
# folder (10 s timeout, stdin /dev/null) and writes:
#   X.out   stdout, byte for byte
#   X.err   stderr with go run's "# command-line-arguments" header and its
#           trailing "exit status N" line removed; "./X.go:" and the absolute
#           path of X.go shortened to plain "X.go" (paths of Go's own sources
#           are left as they are)
#   X.code  the program's exit status: N from "exit status N", 2 for a
#           compile error (what `go build` exits with), else 0
# Same rules as ../shared/conformance/tools/regen.sh.
#
# Usage: tests/tools/regen.sh [FILE.go|DIR ...]
#   default: tests/golden tests/errors examples (relative to the repo root)
set -u
export LC_ALL=C
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
command -v go >/dev/null || { echo "regen.sh: go not found" >&2; exit 2; }
[ $# -gt 0 ] || set -- "$ROOT/tests/golden" "$ROOT/tests/errors" "$ROOT/examples"

files=()
for a in "$@"; do
  if [ -d "$a" ]; then
    while IFS= read -r f; do files+=("$f"); done < <(find "$a" -name '*.go' -type f | sort)
  elif [ -f "$a" ] && [[ "$a" == *.go ]]; then
    files+=("$a")
  else
    echo "regen.sh: not a directory or .go file: $a" >&2; exit 2
  fi
done

status=0
for f in "${files[@]}"; do
  dir=$(cd "$(dirname "$f")" && pwd)
  base=$(basename "$f")
  stem=${base%.go}
  raw=$(mktemp)
  ( cd "$dir" && timeout 10 go run "$base" >"$stem.out" 2>"$raw" </dev/null )
  rc=$?
  if [ $rc -eq 124 ]; then
    echo "regen.sh: $f timed out" >&2; status=1; rm -f "$raw"; continue
  fi
  compile=0
  if [ "$(head -n 1 "$raw")" = "# command-line-arguments" ]; then compile=1; fi
  code=$rc
  last=$(tail -n 1 "$raw")
  if [[ $last =~ ^exit\ status\ ([0-9]+)$ ]]; then
    code=${BASH_REMATCH[1]}
    sed -i '$d' "$raw"
  elif [ $compile -eq 1 ]; then
    code=2
  fi
  esc=$(printf '%s' "$dir/$base" | sed 's/[][\.*^$|]/\\&/g')
  escb=$(printf '%s' "$base" | sed 's/[][\.*^$|]/\\&/g')
  sed -e '/^# command-line-arguments$/d' -e "s|$esc|$base|g" \
      -e "s|^\./$escb:|$base:|" "$raw" >"$dir/$stem.err"
  echo "$code" >"$dir/$stem.code"
  rm -f "$raw"
  printf '%-50s code=%s\n' "${dir#"$ROOT"/}/$base" "$code"
done
exit $status
