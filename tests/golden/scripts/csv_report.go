// csv_report parses embedded CSV sales data, aggregates it per region and
// renders a fixed-width report with strings.Builder and fmt widths.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const data = `region,rep,units,unit_price
North,Ann,12,9.99
South,Bob,7,19.50
North,Cid,3,120.00
East,Dee,40,1.25
South,Eve,1,999.99
East,Fay,0,5.00
North,Ann,5,9.99
West,Gus,x,4.00
South,Bob,2,19.50`

type row struct {
	region, rep string
	units       int
	price       float64
}

type total struct {
	units   int
	revenue float64
	reps    map[string]bool
}

func main() {
	lines := strings.Split(data, "\n")
	header := strings.Split(lines[0], ",")
	var rows []row
	var bad []string
	for i, line := range lines[1:] {
		f := strings.Split(line, ",")
		if len(f) != len(header) {
			bad = append(bad, fmt.Sprintf("line %d: %d fields", i+2, len(f)))
			continue
		}
		u, err := strconv.Atoi(f[2])
		if err != nil {
			bad = append(bad, fmt.Sprintf("line %d: %v", i+2, err))
			continue
		}
		p, err := strconv.ParseFloat(f[3], 64)
		if err != nil {
			bad = append(bad, fmt.Sprintf("line %d: %v", i+2, err))
			continue
		}
		rows = append(rows, row{f[0], f[1], u, p})
	}

	totals := map[string]*total{}
	var regions []string
	for _, r := range rows {
		t, ok := totals[r.region]
		if !ok {
			t = &total{reps: map[string]bool{}}
			totals[r.region] = t
			regions = append(regions, r.region)
		}
		t.units += r.units
		t.revenue += float64(r.units) * r.price
		t.reps[r.rep] = true
	}
	sort.Slice(regions, func(i, j int) bool {
		return totals[regions[i]].revenue > totals[regions[j]].revenue
	})

	var sb strings.Builder
	rule := strings.Repeat("-", 40) + "\n"
	fmt.Fprintf(&sb, "%-8s|%6s|%12s|%5s\n", "Region", "Units", "Revenue", "Reps")
	sb.WriteString(rule)
	grand := 0.0
	for _, name := range regions {
		t := totals[name]
		grand += t.revenue
		fmt.Fprintf(&sb, "%-8s|%6d|%12.2f|%5d\n", name, t.units, t.revenue, len(t.reps))
	}
	sb.WriteString(rule)
	fmt.Fprintf(&sb, "%-8s|%6s|%12.2f|\n", "TOTAL", "", grand)
	fmt.Print(sb.String())
	for _, name := range regions {
		share := totals[name].revenue / grand * 100
		fmt.Printf("%-6s %5.1f%% %s\n", name, share, strings.Repeat("*", int(share/5)))
	}
	fmt.Printf("%d rows ok, %d rejected:\n", len(rows), len(bad))
	for _, b := range bad {
		fmt.Println("  " + b)
	}
}
