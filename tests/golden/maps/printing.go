package main

import "fmt"

// fmt prints maps with their keys sorted: numbers numerically, strings
// bytewise, bools false first; nested maps and maps of slices too.

func main() {
	ints := map[int]string{10: "ten", -1: "minus one", 3: "three", 0: "zero"}
	fmt.Println(ints)
	strs := map[string]int{"b": 2, "a": 1, "B": 20, "aa": 11, "": 0}
	fmt.Println(strs)
	fmt.Printf("%v\n%d %x\n", strs, map[int]int{3: 30, 1: 10}, map[string]int{"k": 255})
	floats := map[float64]bool{2.5: true, -1: false, 0.25: true}
	fmt.Println(floats)
	bools := map[bool]int{true: 1, false: 0}
	fmt.Println(bools)
	runes := map[rune]int{'z': 26, 'a': 1}
	fmt.Println(runes)

	nested := map[string]map[string]int{
		"x": {"b": 2, "a": 1},
		"w": {},
		"y": nil,
	}
	fmt.Println(nested, len(nested["y"]))

	groups := map[string][]string{
		"fruit": {"apple", "fig"},
		"veg":   {"leek"},
		"none":  nil,
	}
	fmt.Println(groups)
	fmt.Printf("%q\n", groups)

	var nilMap map[string]bool
	fmt.Println(nilMap, map[int]int{})
	fmt.Println(fmt.Sprint(map[uint8]string{200: "x", 7: "y"}))
	keys := map[[2]int]string{{1, 2}: "b", {0, 9}: "a", {1, 0}: "c"}
	fmt.Println(keys)
	fmt.Printf("%v %T\n", len(keys), keys)
}
