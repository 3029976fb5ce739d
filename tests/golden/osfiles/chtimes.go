package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"
)

func main() {
	dir, _ := os.MkdirTemp("", "cht")
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "f")
	os.WriteFile(p, nil, 0644)
	t := time.Unix(1600000000, 500)
	fmt.Println(os.Chtimes(p, t, t))
	fi, _ := os.Stat(p)
	fmt.Println(fi.ModTime().Unix(), fi.ModTime().UnixNano(), fi.ModTime().Equal(t))
	fmt.Println(os.Chtimes(filepath.Join(dir, "nope"), t, t) != nil)
}
