// wordcount counts words, lines and characters of an embedded text and
// prints the most frequent words, like a small `wc` plus a frequency table.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs away!
A fox, a dog, and a very lazy afternoon.

"Quick," said the dog. "Quick, quick!"
`

type wordCount struct {
	word  string
	count int
}

func normalize(w string) string {
	w = strings.TrimFunc(w, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	return strings.ToLower(w)
}

func main() {
	counts := make(map[string]int)
	lines, words, chars := 0, 0, 0
	longest := ""

	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := sc.Text()
		lines++
		chars += len(line) + 1
		for _, f := range strings.Fields(line) {
			w := normalize(f)
			if w == "" {
				continue
			}
			words++
			counts[w]++
			if len(w) > len(longest) {
				longest = w
			}
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
		return
	}

	fmt.Printf("lines=%d words=%d chars=%d unique=%d\n", lines, words, chars, len(counts))
	fmt.Printf("longest word: %q\n", longest)

	list := make([]wordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})

	fmt.Println("top words:")
	for i, wc := range list {
		if i == 6 {
			break
		}
		bar := strings.Repeat("#", wc.count)
		fmt.Printf("%2d. %-8s %3d %s\n", i+1, wc.word, wc.count, bar)
	}

	singles := []string{}
	for _, wc := range list {
		if wc.count == 1 {
			singles = append(singles, wc.word)
		}
	}
	fmt.Println("hapax legomena:", strings.Join(singles, ", "))
}
