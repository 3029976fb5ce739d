package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode"
)

const text = `It was the best of times, it was the worst of times; it was the age of
wisdom, it was the age of foolishness... Über-große Straße! «Ça va?» — naïve café.
Twenty-one 21 twenty_one 3.14 l'homme don't O'Neil ÉCOLE école ΣΊΣΥΦΟΣ σίσυφος.`

type wc struct {
	word  string
	count int
}

func main() {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '\'' && r != '-'
	})
	freq := map[string]int{}
	for _, w := range words {
		w = strings.Trim(w, "'-")
		if w == "" {
			continue
		}
		freq[strings.ToLower(w)]++
	}
	list := make([]wc, 0, len(freq))
	for w, c := range freq {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "word\tcount\trunes\tbytes\tupper\ttitle\t")
	for _, e := range list {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%s\t\n", e.word, e.count, len([]rune(e.word)), len(e.word), strings.ToUpper(e.word), strings.Title(e.word))
	}
	tw.Flush()
	var letters, digits, spaces, puncts, symbols, others int
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			puncts++
		case unicode.IsSymbol(r):
			symbols++
		default:
			others++
		}
	}
	fmt.Println(letters, digits, spaces, puncts, symbols, others)
	fmt.Println(strings.EqualFold("ΣΊΣΥΦΟΣ", "σίσυφος"), strings.EqualFold("Straße", "STRASSE"), strings.ToLower("ΣΊΣΥΦΟΣ"), strings.ToUpper("ß"))
}
