#!/bin/sh
# replay.sh - a fake "interpreter" that replays the recorded X.out, X.err and
# X.code of the program it is given. It passes every golden test instantly,
# which makes it handy for checking the runners themselves (and their speed).
# Usage: tests/tools/replay.sh X.go   (from X.go's folder, as the runners do)
stem=${1%.go}
cat "$stem.out"
cat "$stem.err" >&2
read -r code <"$stem.code"
exit "$code"
