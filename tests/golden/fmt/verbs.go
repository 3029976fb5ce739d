package main

import "fmt"

// Printf verbs on basic values: %v %d %s %q %x %X %o %b %f %t %c %U %T %%,
// with widths, precisions, and the - + 0 # space flags.

type Celsius float64

func main() {
	n := 255
	fmt.Printf("%v|%d|%5d|%-5d|%05d|%+d|% d\n", n, n, n, n, n, n, n)
	fmt.Printf("%x|%X|%#x|%o|%#o|%O|%b|%08b\n", n, n, n, n, n, n, 5, 5)
	fmt.Printf("%d|%x|%+d\n", -42, -42, 0)

	s := "gosub"
	fmt.Printf("%s|%q|%8s|%-8s|%.3s|%x|% x|%X\n", s, s, s, s, s, s, s, "hi")
	fmt.Printf("%q|%q|%+q|%#q\n", "tab\there", `"quoted"`, "héllo", "raw")

	fmt.Printf("%t|%v|%6t\n", true, false, true)
	fmt.Printf("%c|%c|%q|%U|%#U|%d\n", 'G', 0x4e16, 'x', 'é', '世', 'A')

	fmt.Printf("%T %T %T %T %T %T %T\n", n, s, 1.5, 'r', true, []int{}, map[string]bool{})
	fmt.Printf("%T %T %T %T\n", int8(1), uint64(2), float32(3), Celsius(4))
	fmt.Printf("%T %T %T\n", [2]string{}, &n, struct{ A int }{})

	fmt.Printf("%v %d %s\n", []int{1, 2}, []int{3, 4}, []string{"a", "b"})
	fmt.Printf("%x %X %q\n", []byte("az"), "az", []string{"x y", "z"})
	fmt.Printf("%5.1f%%|%-7.2f|%07.2f\n", 99.5, 3.14159, -1.5)
	fmt.Printf("%*d|%-*d|%.*f\n", 4, 7, 4, 7, 2, 3.14159)
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
	fmt.Printf("%v %v\n", Celsius(36.6), int64(-1))

	// a formatted table
	rows := []struct {
		name  string
		qty   int
		price float64
	}{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.2}}
	fmt.Printf("%-10s %4s %7s\n", "item", "qty", "price")
	for _, r := range rows {
		fmt.Printf("%-10.10s %4d %7.2f\n", r.name, r.qty, r.price)
	}
	fmt.Printf("%d%%\n", 50)
}
