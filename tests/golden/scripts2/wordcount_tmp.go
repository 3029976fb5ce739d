// wordcount_tmp.go - count words in a file written to a temporary
// directory, print the top ten and some totals.
package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.`

func main() {
	dir, err := os.MkdirTemp("", "wc-*")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "tale.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		log.Fatal(err)
	}

	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	counts := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Split(bufio.ScanWords)
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w == "" {
			continue
		}
		counts[w]++
		total++
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	type wc struct {
		word string
		n    int
	}
	var list []wc
	for w, n := range counts {
		list = append(list, wc{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].word < list[j].word
	})
	for i, e := range list[:10] {
		fmt.Printf("%2d. %-12s %3d %s\n", i+1, e.word, e.n, strings.Repeat("*", e.n))
	}
	info, _ := os.Stat(path)
	fmt.Printf("%d words, %d distinct, %d bytes in %s\n", total, len(counts), info.Size(), filepath.Base(path))
	if _, err := os.Stat(filepath.Join(dir, "missing.txt")); err != nil {
		fmt.Println(strings.Replace(err.Error(), dir, "$TMP", 1))
	}
}
