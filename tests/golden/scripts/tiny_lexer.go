// tiny_lexer splits a source text of a tiny language into tokens with
// kinds, positions and errors, and prints a token listing.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Number
	String
	Op
	Keyword
	Illegal
)

func (k Kind) String() string {
	return [...]string{"EOF", "Ident", "Number", "String", "Op", "Keyword", "Illegal"}[k]
}

type Token struct {
	Kind      Kind
	Text      string
	Line, Col int
}

var keywords = map[string]bool{"let": true, "if": true, "else": true, "while": true, "print": true}

type Lexer struct {
	src       []rune
	pos       int
	line, col int
}

func (l *Lexer) peek(off int) rune {
	if l.pos+off < len(l.src) {
		return l.src[l.pos+off]
	}
	return 0
}

func (l *Lexer) advance() rune {
	r := l.src[l.pos]
	l.pos++
	if r == '\n' {
		l.line++
		l.col = 1
	} else {
		l.col++
	}
	return r
}

func (l *Lexer) Next() Token {
	for l.pos < len(l.src) && (unicode.IsSpace(l.peek(0)) || l.peek(0) == '#') {
		if l.peek(0) == '#' {
			for l.pos < len(l.src) && l.peek(0) != '\n' {
				l.advance()
			}
			continue
		}
		l.advance()
	}
	tok := Token{Line: l.line, Col: l.col}
	if l.pos >= len(l.src) {
		return tok
	}
	start := l.pos
	r := l.advance()
	switch {
	case unicode.IsLetter(r) || r == '_':
		for unicode.IsLetter(l.peek(0)) || unicode.IsDigit(l.peek(0)) || l.peek(0) == '_' {
			l.advance()
		}
		tok.Kind = Ident
	case unicode.IsDigit(r):
		for unicode.IsDigit(l.peek(0)) || l.peek(0) == '.' {
			l.advance()
		}
		tok.Kind = Number
	case r == '"':
		for l.pos < len(l.src) && l.peek(0) != '"' && l.peek(0) != '\n' {
			l.advance()
		}
		if l.peek(0) == '"' {
			l.advance()
			tok.Kind = String
		} else {
			tok.Kind = Illegal
		}
	case strings.ContainsRune("=<>!", r) && l.peek(0) == '=':
		l.advance()
		tok.Kind = Op
	case strings.ContainsRune("+-*/=<>(){};", r):
		tok.Kind = Op
	default:
		tok.Kind = Illegal
	}
	tok.Text = string(l.src[start:l.pos])
	if tok.Kind == Ident && keywords[tok.Text] {
		tok.Kind = Keyword
	}
	return tok
}

const program = `# compute things
let x = 42;
let name = "wörld";
while (x >= 10) { x = x - 7.5; }
if x != 3 { print "bye" } else { print x @ }
let s = "unterminated
`

func main() {
	lx := &Lexer{src: []rune(program), line: 1, col: 1}
	counts := make([]int, Illegal+1)
	for {
		t := lx.Next()
		counts[t.Kind]++
		if t.Kind == EOF {
			fmt.Printf("%d:%d EOF\n", t.Line, t.Col)
			break
		}
		fmt.Printf("%d:%-3d %-8v %q\n", t.Line, t.Col, t.Kind, t.Text)
	}
	for k, n := range counts {
		fmt.Printf("%s=%d ", Kind(k), n)
	}
	fmt.Println()
}
