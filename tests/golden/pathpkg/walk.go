package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "walk")
	defer os.RemoveAll(dir)
	for _, d := range []string{"b/sub", "a", "c/skip/deep"} {
		os.MkdirAll(filepath.Join(dir, d), 0755)
	}
	for _, f := range []string{"z.txt", "a/one.go", "a/two.txt", "b/sub/three.go", "c/skip/deep/x.go", "c/y.go"} {
		os.WriteFile(filepath.Join(dir, f), []byte(f), 0644)
	}
	rel := func(p string) string {
		r, _ := filepath.Rel(dir, p)
		return r
	}
	err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if info.IsDir() && info.Name() == "skip" {
			fmt.Println("skipping", rel(p))
			return filepath.SkipDir
		}
		fmt.Println("walk", rel(p), info.IsDir(), info.Size() > 0 || info.IsDir())
		return nil
	})
	fmt.Println("walk err:", err)
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Name() == "b" {
			return filepath.SkipDir
		}
		info, _ := d.Info()
		fmt.Println("walkdir", rel(p), d.IsDir(), d.Type().IsDir(), info.Name() == d.Name())
		return nil
	})
	fmt.Println("walkdir err:", err)
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if strings.HasSuffix(p, ".go") {
			return fmt.Errorf("stop at %s", filepath.Base(p))
		}
		return nil
	})
	fmt.Println("stopped:", err)
	err = filepath.Walk(filepath.Join(dir, "missing"), func(p string, info os.FileInfo, err error) error {
		fmt.Println("callback with", info == nil, strings.ReplaceAll(err.Error(), dir, "DIR"))
		return err
	})
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	matches, err := filepath.Glob(filepath.Join(dir, "*", "*.go"))
	for _, m := range matches {
		fmt.Println("glob", rel(m))
	}
	fmt.Println(err)
	matches, err = filepath.Glob(filepath.Join(dir, "*.txt"))
	fmt.Println(len(matches), err)
	matches, err = filepath.Glob("[")
	fmt.Println(matches, err)
	matches, err = filepath.Glob(filepath.Join(dir, "nothing*"))
	fmt.Println(matches == nil, err)
	os.Chdir(dir)
	wd, _ := os.Getwd()
	a, _ := filepath.Abs("a/one.go")
	fmt.Println(rel(a), strings.HasPrefix(a, wd))
	entries, _ := os.ReadDir(".")
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	f, _ := os.Open(".")
	list, err := f.ReadDir(-1)
	fmt.Println(len(list), err)
	f.Close()
}
