package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

const text = `the quick brown fox
jumps over the lazy dog
  the end  
last line without newline`

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	fmt.Println(sc.Err())
	ws := bufio.NewScanner(strings.NewReader(text))
	ws.Split(bufio.ScanWords)
	counts := map[string]int{}
	var words []string
	for ws.Scan() {
		w := ws.Text()
		if counts[w] == 0 {
			words = append(words, w)
		}
		counts[w]++
	}
	sort.SliceStable(words, func(i, j int) bool { return counts[words[i]] > counts[words[j]] })
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, w := range words {
		fmt.Fprintf(out, "%-8s %d\n", w, counts[w])
	}
	rs := bufio.NewScanner(strings.NewReader("héy"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		out.WriteString("[" + rs.Text() + "]")
	}
	out.WriteByte('\n')
	out.WriteRune('世')
	fmt.Fprintln(out)
	rd := bufio.NewReader(strings.NewReader("alpha\nbeta\ngamma"))
	for {
		line, err := rd.ReadString('\n')
		fmt.Fprintf(out, "%q %v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		fmt.Fprintln(out, "stdin:", in.Text())
	}
	fmt.Fprintln(out, out.Buffered() > 0)
	var sb strings.Builder
	bw := bufio.NewWriter(&sb)
	bw.WriteString("into builder")
	fmt.Println(sb.Len())
	bw.Flush()
	fmt.Println(sb.String())
}
