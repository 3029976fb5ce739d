package main

import "fmt"

// Constraint interfaces built from others: unions of named constraints
// (Integer | Float), a constraint embedding comparable together with a
// method, an intersection of type sets (interface{ Integer; ~int | ~string }
// is just ~int), and the inline form [T interface{ ~int8 | ~int16 }].

type Signed interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}
type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}
type Integer interface{ Signed | Unsigned }
type Float interface{ ~float32 | ~float64 }
type Ordered interface {
	Integer | Float | ~string
}

type Keyed interface {
	comparable
	Key() string
}

type OnlyInt interface {
	Integer
	~int | ~string
}

func Max[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs {
		if x > m {
			m = x
		}
	}
	return m
}

func Dedup[T Keyed](xs []T) []string {
	seen := map[T]bool{}
	var keys []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			keys = append(keys, x.Key())
		}
	}
	return keys
}

func Half[T OnlyInt](x T) T { return x / 2 }

func Small[T interface{ ~int8 | ~int16 }](x T) T { return x << 1 }

type ID struct{ N int }

func (i ID) Key() string { return fmt.Sprintf("id%d", i.N) }

type Code uint8

func main() {
	fmt.Println(Max(3, 9, 4), Max[uint16](7, 65535), Max(Code(3), Code(200)))
	fmt.Println(Max(1.5, -2.5), Max[float32](0.1, 0.2), Max("b", "abc"))
	fmt.Println(Dedup([]ID{{1}, {2}, {1}, {3}, {2}}))
	fmt.Println(Half(9), Half(-9))
	fmt.Println(Small[int8](100), Small(int16(300)))
}
