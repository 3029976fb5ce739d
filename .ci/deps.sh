#!/bin/sh
# deps.sh - install the Debian packages gosub needs to build and test, if
# any are missing. As root it runs apt-get; otherwise through sudo when
# that works without a password; otherwise it prints the one apt-get line
# to run and fails.
set -e
PKGS="gcc make re2c bison pkg-config check libedit-dev libbsd-dev libmd-dev libncurses-dev libutf8proc-dev libgmp-dev libmpfr-dev time python3 tzdata libre2-dev g++ clang"
[ "${1:-}" = "--bench" ] && PKGS="$PKGS libgc-dev lua5.4 hyperfine gnuplot-nox"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "deps: installing:$missing" >&2
if [ "$(id -u)" = 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
else
    echo "deps: missing packages; run as root:" >&2
    echo "  apt-get update && apt-get install -y$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null || true
$SUDO apt-get install -y -qq $missing >/dev/null
