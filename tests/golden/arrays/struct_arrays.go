package main

import "fmt"

// Arrays of structs have value semantics all the way down: assignment,
// parameters, range variables and struct fields copy; pointers to elements
// and slices of the array share.

type Item struct {
	Name string
	Qty  int
	Pos  [2]int
}

type Shelf struct {
	Items [3]Item
	Label string
}

func restock(items [3]Item) [3]Item {
	for i := range items {
		items[i].Qty += 10
	}
	return items
}

func restockPtr(items *[3]Item) {
	for i := range items {
		items[i].Qty += 100
	}
}

func main() {
	inv := [3]Item{{"apple", 1, [2]int{0, 0}}, {"pear", 2, [2]int{0, 1}}, {Name: "fig"}}
	cp := inv
	cp[0].Qty = 99
	cp[1].Pos[1] = 7
	fmt.Println(inv)
	fmt.Println(cp)

	fmt.Println(restock(inv)[0].Qty, inv[0].Qty)
	restockPtr(&inv)
	fmt.Println(inv[0].Qty, inv[1].Qty, inv[2].Qty)

	for _, it := range inv {
		it.Qty = 0
	}
	fmt.Println(inv[0].Qty)
	for i := range inv {
		inv[i].Qty = i
	}
	fmt.Println(inv[0].Qty, inv[1].Qty, inv[2].Qty)

	p := &inv[1]
	p.Name = "PEAR"
	p.Pos[0] = 3
	fmt.Println(inv[1])

	s := inv[:2]
	s[0].Name = "APPLE"
	fmt.Println(inv[0].Name, len(s), cap(s))

	sh := Shelf{Items: inv, Label: "top"}
	sh2 := sh
	sh2.Items[2].Name = "FIG"
	fmt.Println(sh.Items[2].Name, sh2.Items[2].Name)
	shelves := [2]Shelf{sh, sh2}
	moved := shelves
	moved[0].Items[0].Qty = -1
	fmt.Println(shelves[0].Items[0].Qty, moved[0].Items[0].Qty)
	fmt.Println(shelves == [2]Shelf{sh, sh2}, moved == shelves)

	var grid [2][2]Item
	grid[1][0].Name = "x"
	g2 := grid
	g2[1][0].Name = "y"
	fmt.Printf("%q %q\n", grid[1][0].Name, g2[1][0].Name)
	fmt.Printf("%+v\n", grid[1])
}
