// walk_skip_edges.go - Walk/WalkDir edge cases: a file as the root, SkipDir
// from the root and from a file, lexical order, an entry removed during the
// walk, a callback error; Abs and Rel after Chdir.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	root, _ := os.MkdirTemp("", "walk")
	defer os.RemoveAll(root)
	os.MkdirAll(filepath.Join(root, "a/b"), 0o755)
	os.WriteFile(filepath.Join(root, "a/x.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(root, "a/b/y.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(root, "z.txt"), nil, 0o644)
	rel := func(p string) string { r, _ := filepath.Rel(root, p); return r }
	fmt.Println(filepath.Walk(filepath.Join(root, "z.txt"), func(p string, info fs.FileInfo, err error) error {
		fmt.Println("file root:", rel(p), info.IsDir(), err)
		return nil
	}))
	fmt.Println(filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		fmt.Println("root skip:", rel(p))
		return filepath.SkipDir
	}))
	fmt.Println(filepath.Walk(filepath.Join(root, "z.txt"), func(p string, info fs.FileInfo, err error) error {
		return filepath.SkipDir
	}))
	fmt.Println(filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if d.Name() == "x.txt" {
			return filepath.SkipDir
		}
		fmt.Println("skip file's dir:", rel(p))
		return nil
	}))
	var order []string
	filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		order = append(order, rel(p))
		return nil
	})
	fmt.Println(strings.Join(order, " "))
	os.WriteFile(filepath.Join(root, "a/b/gone.txt"), nil, 0o644)
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			fmt.Println("err cb:", rel(p), err)
			return nil
		}
		if d.Name() == "b" && d.IsDir() {
			os.Remove(filepath.Join(p, "gone.txt"))
		}
		if d.Name() == "gone.txt" {
			fmt.Println("saw gone.txt?")
		}
		return nil
	})
	fmt.Println(err)
	boom := errors.New("boom")
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		if info.Name() == "y.txt" {
			return boom
		}
		return nil
	})
	fmt.Println(err == boom)
	abs, _ := filepath.Abs(".")
	wd, _ := os.Getwd()
	fmt.Println(abs == wd)
	os.Chdir(root)
	abs, _ = filepath.Abs("a/../a/b")
	fmt.Println(rel(abs))
	r, err := filepath.Rel("a", "../b")
	fmt.Printf("%q %v\n", r, err)
	r, err = filepath.Rel("/a/b/c", "/a/b/c/../../d")
	fmt.Printf("%q %v\n", r, err)
	fmt.Println(filepath.Join("a", "b/../../..", "c"), filepath.Clean("///a//b/"), filepath.Ext("a/b.c/d"), filepath.Base("a/b/"), filepath.Dir("/a/b/"))
}
