// wc_clone.go - wc/head/tail/uniq/sort clones over data piped through
// io.Pipe and strings: rune/word/line counts with bufio, head -n via
// Scanner, tail -n with a ring buffer, uniq -c, sort -r -n.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

const text = `the quick brown fox
jumps over the lazy dog
the end
the end
naïve café
10
9
100
`

func wc(r io.Reader) (lines, words, chars, bytes int) {
	br := bufio.NewReader(r)
	inWord := false
	for {
		c, size, err := br.ReadRune()
		if err != nil {
			break
		}
		bytes += size
		chars++
		if c == '\n' {
			lines++
		}
		if unicode.IsSpace(c) {
			inWord = false
		} else if !inWord {
			inWord = true
			words++
		}
	}
	return
}

func main() {
	pr, pw := io.Pipe()
	go func() {
		w := bufio.NewWriter(pw)
		w.WriteString(text)
		w.Flush()
		pw.Close()
	}()
	l, w, c, b := wc(pr)
	fmt.Printf("%7d %7d %7d %7d\n", l, w, c, b)
	fmt.Println(utf8.RuneCountInString(text), len(text))

	sc := bufio.NewScanner(strings.NewReader(text))
	for i := 0; i < 3 && sc.Scan(); i++ {
		fmt.Println("head:", sc.Text())
	}

	ring := make([]string, 3)
	n := 0
	sc = bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		ring[n%3] = sc.Text()
		n++
	}
	for i := n - 3; i < n; i++ {
		fmt.Println("tail:", ring[i%3])
	}

	sc = bufio.NewScanner(strings.NewReader(text))
	prev, cnt := "", 0
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	flush := func() {
		if cnt > 0 {
			fmt.Fprintf(out, "%4d %s\n", cnt, prev)
		}
	}
	for sc.Scan() {
		if sc.Text() == prev {
			cnt++
			continue
		}
		flush()
		prev, cnt = sc.Text(), 1
	}
	flush()

	var nums []int
	for _, f := range strings.Fields(text) {
		if v, err := strconv.Atoi(f); err == nil {
			nums = append(nums, v)
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	fmt.Fprintln(out, nums)
	lines := strings.Split(strings.TrimSpace(text), "\n")
	sort.Strings(lines)
	fmt.Fprintln(out, strings.Join(lines, "|"))
}
