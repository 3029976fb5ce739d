package main

import "fmt"

// float32 values print with the shortest representation that round-trips
// at 32 bits, by Println, Print, %v, %g, %e, %f and inside composites.

type vec struct{ X, Y float32 }

func main() {
	a := float32(0.1)
	b := float32(1) / 3
	c := float32(16777217)
	d := float32(1e20)
	e := float32(3.4028235e38)
	f := float32(1.4e-45)
	g := float32(-2.5e-7)
	fmt.Println(a, b, c, d, e, f, g)
	fmt.Println(a+a+a, a*3, float64(a), float64(b))
	fmt.Print(a, b, "\n")
	fmt.Printf("%v %g %e %f %.3f %8.2f|%-8.1f|\n", b, b, b, b, b, b, b)
	fmt.Printf("%v %g %G %e %E\n", d, d, d, d, d)
	fmt.Printf("%v %v %v %v\n", float32(100000), float32(1e21), float32(123456789), float32(0.000001))
	fmt.Printf("%T %T\n", a, vec{})
	fmt.Println(vec{1.5, -0.1}, []float32{0.2, 0.3, 1e-10}, [2]float32{})
	fmt.Printf("%v %+v\n", vec{b, a}, vec{b, a})
	m := map[float32]string{0.5: "half", 0.25: "quarter", -1: "neg"}
	fmt.Println(m)
	fmt.Println(fmt.Sprint(a), fmt.Sprintf("%6.2v|", b), fmt.Sprintln(c))

	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1, float64(sum) == 1.0000001192092896)
	var acc float32 = 16777216
	acc++
	fmt.Println(acc, acc+2)
	h := float32(2.5)
	println(h, b)
}
