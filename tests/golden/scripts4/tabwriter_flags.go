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
	note  string
}

func render(title string, minw, tabw, pad int, padchar byte, flags uint) {
	fmt.Printf("== %s (flags=%d pad=%q)\n", title, flags, padchar)
	w := tabwriter.NewWriter(os.Stdout, minw, tabw, pad, padchar, flags)
	fmt.Fprintln(w, "Name\tQty\tPrice\tNote\t")
	fmt.Fprintln(w, "----\t---\t-----\t----\t")
	rows := []row{{"apple", 3, 0.5, "fresh"}, {"watermelon", 1, 3.25, ""}, {"kiwi", 12, 0.2, "imported, ripe"}, {"", 0, 0, "empty name"}}
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\t%.2f\t%s\t\n", r.name, r.qty, r.price, r.note)
	}
	fmt.Fprintln(w, "no tabs here at all")
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "\t\tx\t")
	fmt.Fprintf(w, "trailing\tcell")
	fmt.Fprintln(w)
	w.Flush()
}

func main() {
	render("plain", 0, 8, 1, ' ', 0)
	render("right", 5, 0, 2, ' ', tabwriter.AlignRight)
	render("debug", 0, 4, 1, '.', tabwriter.Debug)
	render("right+debug", 0, 4, 1, '-', tabwriter.AlignRight|tabwriter.Debug)
	render("tabs", 0, 8, 1, '\t', 0)
	render("tabs-tabindent", 0, 8, 1, '\t', tabwriter.TabIndent)
	render("tabindent-space", 0, 4, 1, ' ', tabwriter.TabIndent)
	render("discard", 0, 4, 1, '_', tabwriter.DiscardEmptyColumns)
	render("discard-debug", 0, 4, 1, ' ', tabwriter.DiscardEmptyColumns|tabwriter.Debug)
	render("filter", 0, 4, 1, ' ', tabwriter.FilterHTML|tabwriter.StripEscape)

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.FilterHTML|tabwriter.StripEscape)
	fmt.Fprintln(w, "<b>bold</b>\t&amp;\tx")
	fmt.Fprintln(w, "\xffesc\taped\xff\tcell\ty")
	fmt.Fprintln(w, "ünïcödé\t日本語\tz")
	fmt.Fprintln(w, "a\fb\tc")
	fmt.Fprintln(w, "after\tformfeed")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprint(w, "x\ty\vz\n")
	fmt.Fprint(w, "longer\tcol\vq\n")
	w.Flush()
	w.Init(os.Stdout, 10, 4, 0, '*', tabwriter.AlignRight)
	fmt.Fprintln(w, "1\t22\t333\t")
	fmt.Fprintln(w, "4444\t5\t66\t")
	w.Flush()
}
