// tabwriter_report.go - aligned tables with text/tabwriter: left and
// right alignment, a debug border, padding characters, trailing cells.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type row struct {
	name  string
	qty   int
	price float64
}

func main() {
	rows := []row{{"apples", 12, 0.5}, {"bananas (organic)", 3, 1.25}, {"kiwi", 140, 0.2}, {"watermelon", 1, 4.99}}

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "ITEM\tQTY\tPRICE\tTOTAL\t")
	fmt.Fprintln(w, "----\t---\t-----\t-----\t")
	sum := 0.0
	for _, r := range rows {
		t := float64(r.qty) * r.price
		sum += t
		fmt.Fprintf(w, "%s\t%d\t%.2f\t%.2f\t\n", r.name, r.qty, r.price, t)
	}
	fmt.Fprintf(w, "\t\t\t%.2f\t\n", sum)
	w.Flush()
	fmt.Println()

	w = tabwriter.NewWriter(os.Stdout, 6, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tbbb\tcc\t")
	fmt.Fprintln(w, "aaaa\tb\tccccccc\t")
	fmt.Fprintln(w, "x\ty")
	w.Flush()
	fmt.Println()

	w = tabwriter.NewWriter(os.Stdout, 0, 4, 1, '.', tabwriter.DiscardEmptyColumns)
	fmt.Fprintln(w, "key\t\tvalue")
	fmt.Fprintln(w, "longer key\t\tv2")
	fmt.Fprintln(w, "")
	fmt.Fprintln(w, "new block\tx")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '\t', tabwriter.TabIndent)
	fmt.Fprintf(w, "\tindented\tcol\n\t\tdeeper\tcol\n")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.FilterHTML|tabwriter.StripEscape)
	fmt.Fprintln(w, "<b>bold</b>\t&amp;\tx")
	fmt.Fprintln(w, "\xffesc\taped\xff\tz\ty")
	w.Flush()
}
