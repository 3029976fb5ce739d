package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	in := `first_name,last_name,username
"Rob","Pike",rob
# comment line
Ken,Thompson,ken

"Robert","Griesemer","gri"
"multi
line","with ""quotes""",x
`
	r := csv.NewReader(strings.NewReader(in))
	r.Comment = '#'
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		line, col := r.FieldPos(1)
		fmt.Printf("%q %d:%d\n", rec, line, col)
	}
	fmt.Println(r.InputOffset())

	all, err := csv.NewReader(strings.NewReader("a;b;c\n1;2;3\n")).ReadAll()
	fmt.Println(all, err)
	semi := csv.NewReader(strings.NewReader("a;b;c\n1;2;3\n"))
	semi.Comma = ';'
	all, err = semi.ReadAll()
	fmt.Println(all, err)

	for _, bad := range []string{"a,b\nc\n", "a,b\"c\n", "\"abc\"x,y\n", "\"unterminated\n", "x,\"a\nb\"c\n"} {
		_, err := csv.NewReader(strings.NewReader(bad)).ReadAll()
		var pe *csv.ParseError
		fmt.Println(err, errors.As(err, &pe), errors.Is(err, csv.ErrFieldCount), errors.Is(err, csv.ErrQuote), errors.Is(err, csv.ErrBareQuote))
	}
	lazy := csv.NewReader(strings.NewReader("a\"b,\"c\"d\"\n"))
	lazy.LazyQuotes = true
	rec, err := lazy.Read()
	fmt.Printf("%q %v\n", rec, err)
	trim := csv.NewReader(strings.NewReader("  a,   b,\t c\n"))
	trim.TrimLeadingSpace = true
	rec, err = trim.Read()
	fmt.Printf("%q %v\n", rec, err)
	free := csv.NewReader(strings.NewReader("a,b\nc\nd,e,f\n"))
	free.FieldsPerRecord = -1
	all, err = free.ReadAll()
	fmt.Println(all, err)
	crlf, err := csv.NewReader(strings.NewReader("a,b\r\nc,d\r\n")).ReadAll()
	fmt.Printf("%q %v\n", crlf, err)
	bad := csv.NewReader(strings.NewReader("a,b"))
	bad.Comma = '"'
	_, err = bad.Read()
	fmt.Println(err)

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"plain", "with,comma", "with \"quote\"", "multi\nline", " leading", ""})
	w.WriteAll([][]string{{"a", "b"}, {"c", "d"}})
	w2 := csv.NewWriter(os.Stdout)
	w2.Comma = '\t'
	w2.UseCRLF = true
	w2.Write([]string{"x\ty", "z"})
	w2.Flush()
	fmt.Println(w2.Error())
}
