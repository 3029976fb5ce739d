// user_rw_types.go - user types implementing io.Reader / io.Writer /
// io.ByteWriter / io.StringWriter / io.WriterTo / io.ReaderFrom used with
// fmt.Fprintf, io.Copy (which prefers WriterTo then ReaderFrom), bufio,
// io.MultiWriter and a counting writer wrapping os.Stdout.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

type counter struct {
	w     io.Writer
	n     int
	calls int
}

func (c *counter) Write(p []byte) (int, error) {
	c.calls++
	n, err := c.w.Write(p)
	c.n += n
	return n, err
}

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	for i := 0; i < n; i++ {
		p[i] = byte(unicode.ToUpper(rune(p[i])))
	}
	return n, err
}

type gen struct{ n int }

func (g *gen) WriteTo(w io.Writer) (int64, error) {
	var total int64
	for i := 0; i < g.n; i++ {
		k, err := fmt.Fprintf(w, "gen %d\n", i)
		total += int64(k)
		if err != nil {
			return total, err
		}
	}
	return total, nil
}
func (g *gen) Read(p []byte) (int, error) { panic("Read must not be called") }

type sink struct{ got []string }

func (s *sink) ReadFrom(r io.Reader) (int64, error) {
	b, err := io.ReadAll(r)
	s.got = append(s.got, string(b))
	return int64(len(b)), err
}
func (s *sink) Write(p []byte) (int, error) { panic("Write must not be called") }

type rot13 struct{ w io.Writer }

func (r rot13) Write(p []byte) (int, error) {
	q := make([]byte, len(p))
	for i, c := range p {
		switch {
		case c >= 'a' && c <= 'z':
			q[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			q[i] = 'A' + (c-'A'+13)%26
		default:
			q[i] = c
		}
	}
	return r.w.Write(q)
}

func main() {
	c := &counter{w: os.Stdout}
	fmt.Fprintf(c, "hello %s, %d\n", "world", 42)
	fmt.Fprintln(c, "second", "line")
	fmt.Fprint(c, "third\n")
	fmt.Println(c.n, c.calls)

	n, err := io.Copy(c, upper{strings.NewReader("shout this\n")})
	fmt.Println(n, err)
	n, err = io.Copy(c, &gen{3})
	fmt.Println(n, err)
	s := &sink{}
	n, err = io.Copy(s, upper{strings.NewReader("into sink")})
	fmt.Println(n, err, s.got)

	bw := bufio.NewWriter(rot13{os.Stdout})
	fmt.Fprintf(bw, "Uryyb, Tbcure!\n")
	bw.Flush()
	mw := io.MultiWriter(c, rot13{os.Stdout})
	fmt.Fprintf(mw, "abc\n")
	br := bufio.NewReader(upper{strings.NewReader("mixed Case\nline two")})
	l, _ := br.ReadString('\n')
	fmt.Print(l)
	rest, _ := io.ReadAll(br)
	fmt.Println(string(rest))
	var sw io.StringWriter = bufio.NewWriter(c)
	sw.WriteString("via StringWriter\n")
	sw.(*bufio.Writer).Flush()
	var bwr io.ByteWriter = sw.(*bufio.Writer)
	bwr.WriteByte('!')
	sw.(*bufio.Writer).Flush()
	fmt.Println()
	fmt.Println(c.n, c.calls)
}
