package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
)

func two() (int, int) { return 1, 2 }

func main() {
	json.NewEncoder(os.Stdout).Encode()
	json.Unmarshal([]byte("1"))
	sort.Slice([]int{1})
	fmt.Println(json.Marshal(1, 2))
	a := two()
	b := json.Marshal(1)
	c := fmt.Sprint(json.Valid(nil), os.Stdout)
	_, _, _ = a, b, c
}
