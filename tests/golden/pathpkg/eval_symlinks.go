package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "evs")
	defer os.RemoveAll(dir)
	real, _ := filepath.EvalSymlinks(dir)
	os.MkdirAll(filepath.Join(dir, "a", "b"), 0755)
	os.WriteFile(filepath.Join(dir, "a", "b", "f.txt"), nil, 0644)
	os.Symlink("a/b", filepath.Join(dir, "lb"))
	os.Symlink(filepath.Join(dir, "a"), filepath.Join(dir, "abs"))
	os.Symlink("../a/b/f.txt", filepath.Join(dir, "a", "rel"))
	os.Symlink("loop2", filepath.Join(dir, "loop1"))
	os.Symlink("loop1", filepath.Join(dir, "loop2"))
	clean := func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, real, "REAL"), dir, "DIR") }
	for _, p := range []string{"lb", "lb/f.txt", "abs/b/../b", "a/rel", "a/./b/..", "lb/f.txt/x", "missing/x", "loop1", "a/b/f.txt"} {
		r, err := filepath.EvalSymlinks(filepath.Join(dir, p))
		e := ""
		if err != nil {
			e = clean(err.Error())
		}
		fmt.Println(p, "=>", clean(r), e)
	}
	os.Chdir(dir)
	for _, p := range []string{"lb", "a/rel", "..", ".", "a/../lb/f.txt"} {
		r, err := filepath.EvalSymlinks(p)
		fmt.Println(p, "=>", clean(r), err)
	}
}
