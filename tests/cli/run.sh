#!/usr/bin/env bash
# run.sh - tests of gosub's command line (issue #2): `gosub FILE.go args`,
# `gosub run FILE.go args` (os.Args as Go gives them), `gosub -` and a
# piped program, the "#!" first line (also run directly as an executable
# with gosub on PATH), `gosub version` and `gosub help`, usage errors (one
# line on stderr, exit status 2), and the exit status of os.Exit, panics
# and compile errors. Each check prints "PASS name" or "FAIL name: why";
# the last line is "N passed, M failed"; exit status 0 iff M is 0.
#
# Usage: tests/cli/run.sh [GOSUB]   (default: $GOSUB, else build/gosub)

# `make` may run us as `sh tests/cli/run.sh`: switch to bash.
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi
set -u
export LC_ALL=C

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
GOSUB=${1:-${GOSUB:-build/gosub}}
case "$GOSUB" in /*) ;; *) GOSUB="$ROOT/$GOSUB" ;; esac
TIMEOUT=${CLI_TIMEOUT:-10}

pass=0
fail=0
ok() { pass=$((pass + 1)); echo "PASS $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1: $2"; }

if [ ! -x "$GOSUB" ]; then
  bad "gosub binary" "$GOSUB not found or not executable (not built?)"
  echo "$pass passed, $fail failed"
  exit 1
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/gosub-cli.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
cd "$TMP" || exit 2

# run [gosub args...]: run gosub in $TMP with stdin from $STDIN (default
# /dev/null); sets out, err, rc (stdout, stderr, exit status)
STDIN=/dev/null
run() {
  timeout -k 2 "$TIMEOUT" "$GOSUB" "$@" <"$STDIN" >"$TMP/out" 2>"$TMP/err"
  rc=$?
  out=$(cat "$TMP/out")
  err=$(cat "$TMP/err")
}

# expect NAME WANT_RC WANT_STDOUT: compare rc and stdout of the last run
expect() {
  if [ "$rc" -ne "$2" ]; then
    bad "$1" "exit status $rc, want $2 (stderr: $(head -c 300 "$TMP/err" | head -n 3 | tr '\n' '|'))"
  elif [ "$out" != "$3" ]; then
    bad "$1" "stdout $(printf '%q' "$out"), want $(printf '%q' "$3")"
  else
    ok "$1"
  fi
}

# expect_usage_error NAME: exit status 2, nothing on stdout, exactly one
# non-empty line on stderr
expect_usage_error() {
  local lines
  lines=$(wc -l <"$TMP/err")
  if [ "$rc" -ne 2 ]; then
    bad "$1" "exit status $rc, want 2"
  elif [ -n "$out" ]; then
    bad "$1" "printed on stdout: $(head -n 1 "$TMP/out")"
  elif [ "$lines" -ne 1 ] || [ -z "$err" ]; then
    bad "$1" "want a one-line error on stderr, got $lines lines: $(head -n 3 "$TMP/err" | tr '\n' '|')"
  else
    ok "$1"
  fi
}

cat >args.go <<'GO'
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), os.Args[0] != "")
	fmt.Printf("%q\n", os.Args[1:])
}
GO

# ---- running a file, os.Args -------------------------------------------------

run args.go
expect "FILE.go without arguments" 0 $'1 true\n[]'
run args.go one two
expect "FILE.go one two" 0 $'3 true\n["one" "two"]'
run run args.go one two
expect "run FILE.go one two" 0 $'3 true\n["one" "two"]'
run run args.go
expect "run FILE.go without arguments" 0 $'1 true\n[]'
run args.go -v --flag "two words" ""
expect "arguments after the file are the program's (flags, spaces, empty)" 0 \
  $'5 true\n["-v" "--flag" "two words" ""]'
run "$TMP/args.go" x
expect "absolute path" 0 $'2 true\n["x"]'
run ./args.go x
expect "./FILE.go" 0 $'2 true\n["x"]'

# ---- the program from standard input -----------------------------------------

STDIN=args.go
run -
expect "gosub - < FILE.go" 0 $'1 true\n[]'
run - a b
expect "gosub - a b < FILE.go" 0 $'3 true\n["a" "b"]'
run
expect "piped program without arguments" 0 $'1 true\n[]'
STDIN=/dev/null

# ---- "#!" first line -----------------------------------------------------------

{ echo '#!/usr/bin/env gosub'; cat args.go; } >script.go
run script.go a
expect "#! first line ignored" 0 $'2 true\n["a"]'
STDIN=script.go
run -
expect "#! first line ignored on stdin" 0 $'1 true\n[]'
STDIN=/dev/null

mkdir -p bin
ln -sf "$GOSUB" bin/gosub
chmod +x script.go
out=$(PATH="$TMP/bin:$PATH" timeout -k 2 "$TIMEOUT" ./script.go p q 2>"$TMP/err" </dev/null)
rc=$?
expect "executable script with gosub on PATH" 0 $'3 true\n["p" "q"]'

printf '#!/usr/bin/env gosub\npackage main\n\nfunc main() {\n\t_ = y\n}\n' >shebang_err.go
run shebang_err.go
if [ "$rc" -eq 2 ] && [ "$(head -n 1 "$TMP/err")" = "shebang_err.go:5:6: undefined: y" ]; then
  ok "#! line keeps line numbers of compile errors"
else
  bad "#! line keeps line numbers of compile errors" "exit status $rc, stderr: $(head -n 2 "$TMP/err" | tr '\n' '|')"
fi

# ---- version, help -------------------------------------------------------------

run version
if [ "$rc" -eq 0 ] && [[ "$out" == "gosub version "* ]] && [ -z "$err" ]; then
  ok "version"
else
  bad "version" "exit status $rc, stdout $(printf '%q' "$out")"
fi
run help
if [ "$rc" -eq 0 ] && [[ "$out" == *usage* ]] && [[ "$out" == *"gosub run"* ]] && [ -z "$err" ]; then
  ok "help"
else
  bad "help" "exit status $rc, stdout $(printf '%q' "$(head -n 2 "$TMP/out")")"
fi

# ---- usage errors: one line on stderr, exit status 2 -----------------------------

run -z
expect_usage_error "unknown flag -z"
run --no-such-flag args.go
expect_usage_error "unknown flag --no-such-flag"
run no_such_file.go
expect_usage_error "missing file"
if ! grep -q 'no_such_file.go' "$TMP/err"; then bad "missing file: names the file" "stderr: $err"; else ok "missing file: names the file"; fi
run run
expect_usage_error "run without a file"
run run no_such_file.go
expect_usage_error "run with a missing file"

# an endless program on standard input stops at 256 MiB (issue 10)
timeout -k 2 30 sh -c 'yes | "$1" -' sh "$GOSUB" >"$TMP/out" 2>"$TMP/err"
rc=$?
out=$(cat "$TMP/out")
err=$(cat "$TMP/err")
expect_usage_error "endless standard input"

# ---- exit status of the program ----------------------------------------------------

cat >exit3.go <<'GO'
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("before")
	os.Exit(3)
	fmt.Println("after")
}
GO
run exit3.go
expect "os.Exit(3): status 3, output flushed" 3 "before"

cat >panic.go <<'GO'
package main

func main() {
	var m map[string]int
	m["k"] = 1
}
GO
run panic.go
if [ "$rc" -eq 2 ] && [ "$(head -n 1 "$TMP/err")" = "panic: assignment to entry in nil map" ]; then
  ok "panic: status 2, Go's message"
else
  bad "panic: status 2, Go's message" "exit status $rc, stderr: $(head -n 1 "$TMP/err")"
fi

printf 'package main\n\nimport "os"\n\nfunc main() {\n}\n' >unused.go
run unused.go
if [ "$rc" -eq 2 ] && [ "$err" = 'unused.go:3:8: imported and not used: "os"' ] && [ -z "$out" ]; then
  ok "compile error: status 2, file:line:col: message"
else
  bad "compile error: status 2, file:line:col: message" "exit status $rc, stderr: $(head -n 2 "$TMP/err" | tr '\n' '|')"
fi

printf 'package main\n\nfunc main() {\n\tx := [3]int{}\n\tx[\n}\n' >syntax.go
run syntax.go
if [ "$rc" -eq 2 ] && [[ "$(head -n 1 "$TMP/err")" == syntax.go:[0-9]*:[0-9]*:\ syntax\ error:* ]]; then
  ok "syntax error: status 2, file:line:col: syntax error"
else
  bad "syntax error: status 2, file:line:col: syntax error" "exit status $rc, stderr: $(head -n 2 "$TMP/err" | tr '\n' '|')"
fi

# ---- reading standard input and flags (issue 12) -----------------------------------

cat >scanin.go <<'GO'
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
)

func main() {
	n := flag.Int("n", 1, "lines to echo")
	flag.Parse()
	var a, b int
	fmt.Print("numbers: ")
	fmt.Scan(&a, &b)
	fmt.Println(a + b)
	sc := bufio.NewScanner(os.Stdin)
	for i := 0; i < *n && sc.Scan(); i++ {
		fmt.Println("line:", sc.Text())
	}
	fmt.Println(flag.Args())
}
GO
printf '2 40\nfirst\nsecond\nthird\n' >"$TMP/scanin.txt"
STDIN="$TMP/scanin.txt"
run scanin.go -n 2 rest
STDIN=/dev/null
expect "fmt.Scan and bufio.Scanner on piped stdin, flags from the command line" 0 \
  $'numbers: 42\nline: first\nline: second\n[rest]'
run scanin.go -bogus
if [ "$rc" -eq 2 ] && [ "$(head -n 1 "$TMP/err")" = "flag provided but not defined: -bogus" ] &&
   [ "$(sed -n 3p "$TMP/err")" = "  -n int" ] && grep -q '^Usage of .*scanin' "$TMP/err"; then
  ok "bad flag: status 2, Go's message and usage"
else
  bad "bad flag: status 2, Go's message and usage" "rc $rc, stderr: $err"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
