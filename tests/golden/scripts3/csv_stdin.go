// csv_stdin.go - a CSV-ish line processor reading os.Stdin (empty under the
// test runner: the program must cope), then the same code over a file
// opened with os.Open, summing columns, reporting bad rows with line
// numbers, writing a report through a tabwriter-free fixed-width format.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

type row struct {
	name  string
	qty   int
	price float64
}

var errFields = errors.New("wrong number of fields")

func parse(r io.Reader) ([]row, []error) {
	var rows []row
	var errs []error
	sc := bufio.NewScanner(r)
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, ",")
		if len(parts) != 3 {
			errs = append(errs, fmt.Errorf("line %d: %w (%d)", ln, errFields, len(parts)))
			continue
		}
		q, err := strconv.Atoi(strings.TrimSpace(parts[1]))
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", ln, err))
			continue
		}
		p, err := strconv.ParseFloat(strings.TrimSpace(parts[2]), 64)
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", ln, err))
			continue
		}
		rows = append(rows, row{strings.TrimSpace(parts[0]), q, p})
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, err)
	}
	return rows, errs
}

func report(rows []row, errs []error) {
	total := 0.0
	for _, r := range rows {
		sub := float64(r.qty) * r.price
		total += sub
		fmt.Printf("%-10s %4d x %8.2f = %10.2f\n", r.name, r.qty, r.price, sub)
	}
	fmt.Printf("%-10s %27.2f\n", "TOTAL", total)
	for _, e := range errs {
		var ne *strconv.NumError
		fmt.Println("bad:", e, errors.Is(e, errFields), errors.As(e, &ne))
	}
}

func main() {
	rows, errs := parse(os.Stdin)
	fmt.Println("stdin rows:", len(rows), "errors:", len(errs))
	dir, _ := os.MkdirTemp("", "csv")
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "items.csv")
	os.WriteFile(p, []byte("# name,qty,price\napple, 3, 0.5\npear,x,1\nplum,2\n\nkiwi,10,0.25\nfig,1,1e400\n"), 0o644)
	f, err := os.Open(p)
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	defer f.Close()
	rows, errs = parse(f)
	report(rows, errs)
	st, _ := os.Stdin.Stat()
	fmt.Println(st.Mode()&os.ModeCharDevice != 0, os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name())
	if len(errs) > 0 {
		os.Exit(3)
	}
}
