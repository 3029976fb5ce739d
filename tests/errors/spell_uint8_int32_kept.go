package main

// Go spells types in messages as the program wrote them: written uint8
// and int32 stay uint8 and int32 (interp/check/spell.c).

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func f() uint8 { return 0 }

func main() {
	var x uint8
	y := x
	var s1 string = y
	b := []byte("x")
	u := []uint8(b)
	var s2 string = u
	var s3 string = uint8(b[0])
	var r int32 = 'a'
	var s4 string = r
	for _, e := range u {
		var s5 string = e
		_ = s5
	}
	var s6 int = Map(u, func(v uint8) int32 { return 0 })
	var s7 string = f()
	c := 'a'
	var d int32 = c
	z := d
	var s8 string = z
	_, _, _, _, _, _, _ = s1, s2, s3, s4, s6, s7, s8
}
