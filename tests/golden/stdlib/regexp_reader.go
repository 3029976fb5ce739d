package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(é+)(\d)?`)
	fmt.Println(re.MatchReader(strings.NewReader("xxééé1")), re.FindReaderIndex(strings.NewReader("xxééé1")), re.FindReaderSubmatchIndex(strings.NewReader("aéb")))
	fmt.Println(re.FindReaderIndex(strings.NewReader("none")) == nil)
	fmt.Println(regexp.MatchReader(`^x`, strings.NewReader("xyz")))
	fmt.Println(regexp.MatchReader(`(`, strings.NewReader("xyz")))
}
