#!/bin/sh
# gen_tokens.sh - prints grammar.y's %token block from lexer/tokens.def:
# every token gets the number of its TokenKind (its index in tokens.def).
# Paste the output between the "BEGIN/END generated tokens" markers in
# parser/grammar.y whenever tokens.def changes (the unit test
# "bison token numbers" fails until you do).
grep '^TOK(' "${1:-lexer/tokens.def}" | sed 's/^TOK(\([A-Z_]*\),.*/\1/' |
awk '{ printf "%%token <tok> %s %d\n", $1, NR - 1 }'
