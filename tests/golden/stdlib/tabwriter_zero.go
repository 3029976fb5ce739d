package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type panicky struct{}

func (panicky) Write(p []byte) (int, error) { panic("output exploded") }

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: recovered %v\n", name, recover()) }()
	f()
}

func main() {
	try("write tab", func() {
		var w tabwriter.Writer
		fmt.Fprintf(&w, "a\tb\n")
	})
	try("write plain then flush", func() {
		var w tabwriter.Writer
		n, err := w.Write([]byte("abc"))
		fmt.Println("wrote", n, err)
		w.Flush()
	})
	try("flush empty then write", func() {
		var w tabwriter.Writer
		fmt.Println("flush:", w.Flush())
		n, err := w.Write([]byte("x\ty\n"))
		fmt.Println("wrote", n, err)
		w.Flush()
	})
	try("panicky output", func() {
		w := tabwriter.NewWriter(panicky{}, 0, 8, 1, ' ', 0)
		fmt.Fprintln(w, "a\tb")
		fmt.Println("buffered fine")
		w.Flush()
	})
	try("after recovered flush", func() {
		w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, '.', 0)
		fmt.Fprintln(w, "a\tbb\tc")
		fmt.Fprintln(w, "aaa\tb\tc")
		w.Flush()
	})
	var w tabwriter.Writer
	w.Init(os.Stdout, 4, 4, 1, ' ', tabwriter.Debug)
	fmt.Fprintln(&w, "x\ty\tz")
	w.Flush()
	var z tabwriter.Writer
	fmt.Fprint(&z, "tail\n")
}
