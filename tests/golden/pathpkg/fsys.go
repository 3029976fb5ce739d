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
	dir, _ := os.MkdirTemp("", "fsys")
	defer os.RemoveAll(dir)
	os.MkdirAll(filepath.Join(dir, "a", "b"), 0755)
	os.WriteFile(filepath.Join(dir, "top.txt"), []byte("top"), 0644)
	os.WriteFile(filepath.Join(dir, "a", "x.go"), []byte("package x"), 0644)
	os.WriteFile(filepath.Join(dir, "a", "b", "y.go"), []byte("package y"), 0644)
	fsys := os.DirFS(dir)
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fmt.Println("walk", p, d.IsDir(), d.Name())
		return nil
	})
	fmt.Println(err)
	data, err := fs.ReadFile(fsys, "a/x.go")
	fmt.Println(string(data), err)
	_, err = fs.ReadFile(fsys, "../etc/passwd")
	fmt.Println(err, errors.Is(err, fs.ErrInvalid))
	_, err = fs.ReadFile(fsys, "missing.txt")
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"), errors.Is(err, fs.ErrNotExist))
	entries, err := fs.ReadDir(fsys, "a")
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	fi, err := fs.Stat(fsys, "top.txt")
	fmt.Println(fi.Name(), fi.Size(), err)
	for _, p := range []string{".", "a/b", "/a", "a/../b", "a//b", "", "a/", "./a"} {
		fmt.Print(fs.ValidPath(p), " ")
	}
	fmt.Println()
	f, err := fsys.Open("top.txt")
	buf := make([]byte, 10)
	n, _ := f.Read(buf)
	fmt.Println(string(buf[:n]), err, f.Close())
	err = fs.WalkDir(fsys, "a", func(p string, d fs.DirEntry, err error) error {
		if d.IsDir() && d.Name() == "b" {
			return fs.SkipDir
		}
		fmt.Println("walk2", p)
		return nil
	})
	fmt.Println(err)
	err = fs.WalkDir(fsys, "nope", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("cb", p, d == nil, strings.ReplaceAll(err.Error(), dir, "DIR"))
		return err
	})
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
}
