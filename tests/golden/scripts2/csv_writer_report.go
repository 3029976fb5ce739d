// csv_writer_report.go - write CSV exports with encoding/csv: quoting,
// a custom separator, CRLF line ends, and reading them back with
// FieldsPerRecord, LazyQuotes and comments.
package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"strings"
)

func main() {
	rows := [][]string{
		{"id", "name", "note"},
		{"1", "Smith, John", `said "hi"`},
		{"2", "Ünïcode", "multi\nline"},
		{"3", " leading space", ""},
		{"4", "#hash", "semi;colon"},
	}
	w := csv.NewWriter(os.Stdout)
	if err := w.WriteAll(rows); err != nil {
		fmt.Println(err)
	}
	var buf bytes.Buffer
	w = csv.NewWriter(&buf)
	w.Comma = ';'
	w.UseCRLF = true
	for _, r := range rows {
		w.Write(r)
	}
	w.Flush()
	fmt.Printf("%q\n", buf.String())
	fmt.Println(w.Error())

	r := csv.NewReader(strings.NewReader(buf.String()))
	r.Comma = ';'
	back, err := r.ReadAll()
	fmt.Println(len(back), err, back[2][2] == "multi\nline")

	in := "# exported\na,b,c\n1,2\nx,\"bad\"quote,z\n"
	r = csv.NewReader(strings.NewReader(in))
	r.Comment = '#'
	for {
		rec, err := r.Read()
		if err != nil {
			fmt.Println("err:", err)
			if pe, ok := err.(*csv.ParseError); ok {
				fmt.Println("  line", pe.Line, "col", pe.Column, pe.Err)
				continue
			}
			break
		}
		fmt.Println(rec)
	}
	r = csv.NewReader(strings.NewReader(in))
	r.Comment = '#'
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	all, err := r.ReadAll()
	fmt.Printf("%q %v\n", all, err)
	r = csv.NewReader(strings.NewReader(" a, b ,c\n"))
	r.TrimLeadingSpace = true
	rec, _ := r.Read()
	fmt.Printf("%q\n", rec)
	w = csv.NewWriter(os.Stdout)
	w.Comma = '"'
	fmt.Println(w.Write([]string{"x"}))
}
