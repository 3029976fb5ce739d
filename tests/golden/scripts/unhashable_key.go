// unhashable_key deduplicates records keyed by interface{} values; it works
// for strings, ints and structs, until one record carries a slice, and the
// map insert panics with Go's "hash of unhashable type" runtime error.
package main

import "fmt"

type Point struct{ X, Y int }

type Record struct {
	Key   interface{}
	Label string
}

func dedupe(recs []Record) []Record {
	seen := map[interface{}]bool{}
	var out []Record
	for i, r := range recs {
		if seen[r.Key] {
			fmt.Printf("  skip #%d %v (dup of key %v)\n", i, r.Label, r.Key)
			continue
		}
		seen[r.Key] = true
		out = append(out, r)
	}
	return out
}

func equalKeys(a, b interface{}) (eq bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("compare %T: %v", a, r)
		}
	}()
	return a == b, nil
}

func main() {
	batch1 := []Record{
		{"x", "first x"}, {1, "one"}, {int64(1), "int64 one"}, {"x", "second x"},
		{Point{1, 2}, "p12"}, {Point{1, 2}, "p12 again"}, {[2]int{3, 4}, "array"},
		{1.0, "float one"}, {nil, "nil key"}, {nil, "nil again"}, {1, "one again"},
	}
	fmt.Println("batch 1:")
	out := dedupe(batch1)
	fmt.Println("kept", len(out), "of", len(batch1))

	for _, pair := range [][2]interface{}{{1, 1}, {1, int64(1)}, {"a", "a"}, {[]int{1}, []int{1}}, {map[string]int{}, 1}, {Point{}, Point{}}} {
		eq, err := equalKeys(pair[0], pair[1])
		fmt.Printf("  %T == %T: %v %v\n", pair[0], pair[1], eq, err)
	}

	fmt.Println("batch 2:")
	batch2 := []Record{{"a", "ok"}, {[]int{1, 2}, "slice key"}, {"b", "never reached"}}
	out = dedupe(batch2)
	fmt.Println("kept", len(out))
}
