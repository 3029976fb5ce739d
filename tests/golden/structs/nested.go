package main

import "fmt"

// Struct literals with and without field names, nested structs, pointers
// to structs with automatic dereference, and a small inventory built from
// them.

type Dimensions struct {
	W, H, D float64
}

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
	Size  Dimensions
}

type Inventory struct {
	Items []Item
	Index map[string]int
}

func newInventory() *Inventory {
	return &Inventory{Index: map[string]int{}}
}

func add(inv *Inventory, it Item) {
	inv.Index[it.SKU] = len(inv.Items)
	inv.Items = append(inv.Items, it)
}

func restock(inv *Inventory, sku string, n int) bool {
	i, ok := inv.Index[sku]
	if !ok {
		return false
	}
	p := &inv.Items[i]
	p.Qty += n // (*p).Qty
	return true
}

func volume(d Dimensions) float64 { return d.W * d.H * d.D }

func main() {
	inv := newInventory()
	add(inv, Item{"A1", "box", 3, 2.5, Dimensions{10, 10, 10}})
	add(inv, Item{SKU: "B2", Name: "tube", Price: 0.75, Size: Dimensions{W: 2, H: 30, D: 2}})
	add(inv, Item{SKU: "C3", Name: "crate"})
	fmt.Println(restock(inv, "B2", 10), restock(inv, "Z9", 1))

	total := 0.0
	for _, it := range inv.Items {
		value := float64(it.Qty) * it.Price
		total += value
		fmt.Printf("%-3s %-6s qty=%2d value=%6.2f vol=%g\n", it.SKU, it.Name, it.Qty, value, volume(it.Size))
	}
	fmt.Printf("total %.2f\n", total)

	ptr := &inv.Items[0]
	ptr.Size.W = 20
	(*ptr).Size.H = 5
	fmt.Println(inv.Items[0].Size, volume(ptr.Size))
	fmt.Printf("%+v\n", inv.Items[2])

	pp := &Dimensions{1, 2, 3}
	copyOf := *pp
	pp.W = 9
	fmt.Println(*pp, copyOf)
	fmt.Println(len(inv.Items), inv.Index)
}
