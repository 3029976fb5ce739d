package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaa\tbbbbbb\tc")
	fmt.Fprintln(w, "x\ty")
	fmt.Fprintln(w, "no tabs here")
	fmt.Fprintln(w, "1\t22\t333\t")
	fmt.Fprintln(w, "héllo\twörld\t!")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc\t")
	fmt.Fprintln(w, "aaaa\tbbbbbbbbb\tc\t")
	fmt.Fprintf(w, "%s\t%d\t\n", "zz", 42)
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 0, '\t', tabwriter.TabIndent)
	fmt.Fprintln(w, "\tindented\tx")
	fmt.Fprintln(w, "\t\tmore\tyy")
	fmt.Fprint(w, "partial\tline")
	w.Flush()
	fmt.Println()

	w = tabwriter.NewWriter(os.Stdout, 0, 4, 1, '-', tabwriter.DiscardEmptyColumns|tabwriter.FilterHTML|tabwriter.StripEscape)
	fmt.Fprintln(w, "a\t\t<b>bold</b>\t&amp;\tend")
	fmt.Fprintln(w, "bb\t\tx\ty\tz")
	fmt.Fprintln(w, "\xffesc\taped\xff\tq")
	fmt.Fprint(w, "f1\tf2\f")
	fmt.Fprintln(w, "after\tformfeed")
	w.Flush()

	var tw tabwriter.Writer
	tw.Init(os.Stdout, 10, 8, 0, ' ', 0)
	fmt.Fprintf(&tw, "Name\tAge\tCity\n")
	fmt.Fprintf(&tw, "Alice\t30\tNYC\n")
	fmt.Fprintf(&tw, "Bob\t4\tLos Angeles\n")
	fmt.Println(tw.Flush())
}
