package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"strings"
)

var seed uint32 = 4242

func rnd(n int) int {
	seed = seed*1103515245 + 12345
	return int((seed >> 16) % uint32(n))
}

func gen(alphabet string, maxLen int) string {
	n := rnd(maxLen + 1)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteByte(alphabet[rnd(len(alphabet))])
	}
	return b.String()
}

// chunky returns at most k bytes per Read.
type chunky struct {
	r io.Reader
	k int
}

func (c *chunky) Read(p []byte) (int, error) {
	if len(p) > c.k {
		p = p[:c.k]
	}
	return c.r.Read(p)
}

func main() {
	words := []string{"-a", "-b", "-n", "-s", "--a=false", "-n=5", "-n=x", "-s=", "--", "-", "x", "y", "-h=1", "-zz", "-b=true"}
	for i := 0; i < 200; i++ {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		var out bytes.Buffer
		fs.SetOutput(&out)
		a := fs.Bool("a", true, "")
		b := fs.Bool("b", false, "")
		n := fs.Int("n", 3, "")
		s := fs.String("s", "d", "")
		var args []string
		for j := rnd(5); j > 0; j-- {
			args = append(args, words[rnd(len(words))])
		}
		err := fs.Parse(args)
		fmt.Printf("%q => %v %v %v %q %q %v %d\n", args, *a, *b, *n, *s, fs.Args(), err, out.Len())
	}
	for i := 0; i < 150; i++ {
		in := gen("ab\n\r é", 40)
		k := 1 + rnd(5)
		r := bufio.NewReaderSize(&chunky{strings.NewReader(in), k}, 16)
		var got []string
		for {
			switch rnd(4) {
			case 0:
				line, isPrefix, err := r.ReadLine()
				got = append(got, fmt.Sprintf("L%q%v%v", line, isPrefix, err))
			case 1:
				s, err := r.ReadString('\n')
				got = append(got, fmt.Sprintf("S%q%v", s, err))
			case 2:
				c, sz, err := r.ReadRune()
				got = append(got, fmt.Sprintf("R%q%d%v", c, sz, err))
				if rnd(2) == 0 {
					got = append(got, fmt.Sprint(r.UnreadRune()))
				}
			case 3:
				p, err := r.Peek(rnd(20))
				got = append(got, fmt.Sprintf("P%q%v", p, err))
			}
			if len(got) > 30 || strings.Contains(got[len(got)-1], "EOF") {
				break
			}
		}
		fmt.Println(strings.Join(got, " "))
		sc := bufio.NewScanner(&chunky{strings.NewReader(in), k})
		if i%2 == 0 {
			sc.Split(bufio.ScanWords)
		}
		var toks []string
		for sc.Scan() {
			toks = append(toks, sc.Text())
		}
		fmt.Printf("%q %v\n", toks, sc.Err())
	}
}
