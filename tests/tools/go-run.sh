#!/usr/bin/env bash
# go-run.sh - the reference "interpreter" for testing the test runners:
# runs one Go file with `go run` and behaves as gosub must: the program's
# stdout, its stderr without go run's "# command-line-arguments" header and
# "exit status N" trailer, and the program's own exit status (2 for a
# compile error or panic, N for os.Exit(N)) instead of go run's 1. The
# absolute path of FILE.go inside messages (Go 1.19's "cannot infer T
# (/abs/X.go:8:11)") is shortened to FILE.go as given, as regen.sh does.
# Usage: tests/tools/go-run.sh FILE.go [args]
set -u
err=$(mktemp)
trap 'rm -f "$err"' EXIT
go run "$@" 2>"$err"
rc=$?
code=$rc
last=$(tail -n 1 "$err")
if [[ $last =~ ^exit\ status\ ([0-9]+)$ ]]; then
  code=${BASH_REMATCH[1]}
  sed -i '$d' "$err"
elif [ "$(head -n 1 "$err")" = "# command-line-arguments" ]; then
  code=2
fi
abs=""
if [[ ${1:-} == *.go ]] && [ -f "$1" ]; then
  abs=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
  abs=$(printf '%s' "$abs" | sed 's/[][\.*^$|]/\\&/g')
  given=$(printf '%s' "$1" | sed 's/[&|\\]/\\&/g')
fi
if [ -n "$abs" ]; then
  sed -e '/^# command-line-arguments$/d' -e "s|$abs|$given|g" "$err" >&2
else
  sed '/^# command-line-arguments$/d' "$err" >&2
fi
exit "$code"
