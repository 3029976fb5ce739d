package main

import (
	"bytes"
	"fmt"
	"log"
	"path/filepath"
	"strings"
)

func main() {
	var b bytes.Buffer
	l := log.New(&b, "", log.Llongfile)
	l.Print("long")
	s := b.String()
	path := s[:strings.Index(s, ":")]
	fmt.Println(filepath.IsAbs(path), filepath.Base(path), s[strings.Index(s, ":"):])
}
