// inventory keeps a warehouse stock list and prints it sorted several ways
// with sort.Slice, sort.SliceStable and sort.Sort on a named slice type.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Item struct {
	SKU      string
	Name     string
	Category string
	Qty      int
	PriceCts int
}

func (it Item) Value() int { return it.Qty * it.PriceCts }

type byValue []Item

func (b byValue) Len() int           { return len(b) }
func (b byValue) Less(i, j int) bool { return b[i].Value() > b[j].Value() }
func (b byValue) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

const stock = `A100,Hammer,tools,12,1599
B200,Nails (box),hardware,140,299
A101,Screwdriver,tools,30,799
C300,Paint white,paint,8,2450
B201,Screws (box),hardware,95,349
C301,Paint blue,paint,8,2450
A102,Wrench,tools,0,1250
B202,Bolts (box),hardware,95,410`

func parse(s string) []Item {
	var items []Item
	for _, line := range strings.Split(s, "\n") {
		f := strings.Split(line, ",")
		var it Item
		it.SKU, it.Name, it.Category = f[0], f[1], f[2]
		it.Qty, _ = strconv.Atoi(f[3])
		it.PriceCts, _ = strconv.Atoi(f[4])
		items = append(items, it)
	}
	return items
}

func show(title string, items []Item) {
	fmt.Println("==", title)
	for _, it := range items {
		fmt.Printf("  %-5s %-13s %-9s %4d %8.2f\n", it.SKU, it.Name, it.Category, it.Qty, float64(it.PriceCts)/100)
	}
}

func main() {
	items := parse(stock)
	show("as loaded", items)

	byQty := append([]Item(nil), items...)
	sort.SliceStable(byQty, func(i, j int) bool { return byQty[i].Qty < byQty[j].Qty })
	show("by quantity (stable)", byQty)

	byCat := append([]Item(nil), items...)
	sort.Slice(byCat, func(i, j int) bool {
		if byCat[i].Category != byCat[j].Category {
			return byCat[i].Category < byCat[j].Category
		}
		return byCat[i].Name < byCat[j].Name
	})
	show("by category, name", byCat)

	bv := byValue(append([]Item(nil), items...))
	sort.Stable(bv)
	fmt.Println("== by stock value")
	for _, it := range bv {
		fmt.Printf("  %-13s %9.2f\n", it.Name, float64(it.Value())/100)
	}

	names := make([]string, 0, len(items))
	for _, it := range items {
		if it.Qty == 0 {
			names = append(names, it.Name+" (OUT)")
		}
	}
	fmt.Println("reorder:", names)
	idx := sort.Search(len(byQty), func(i int) bool { return byQty[i].Qty >= 30 })
	fmt.Println("first with qty>=30:", byQty[idx].Name, "sorted:", sort.SliceIsSorted(byQty, func(i, j int) bool { return byQty[i].Qty < byQty[j].Qty }))
}
