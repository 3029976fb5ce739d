package main

import (
	"fmt"
	"regexp"
)

func main() {
	var re regexp.Regexp
	re.Longest()
	fmt.Printf("%q %d\n", re.String(), re.NumSubexp())
	fmt.Println(re.MatchString("x"))
}
