package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	fmt.Printf("%T\n", err)
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
	var ne *strconv.NumError
	ne = &strconv.NumError{Func: "X", Num: "y", Err: strconv.ErrRange}
	fmt.Println(ne.Error(), ne.Func)
}
