// dirfs_walk.go - a static-site generator's input pass over an fs.FS:
// os.DirFS, fs.WalkDir, fs.ReadFile, fs.Glob, fs.Stat, os.ReadDir with
// DirEntry.Info, and fs.ValidPath.
package main

import (
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	root, err := os.MkdirTemp("", "site")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(root)
	pages := map[string]string{
		"index.md":          "# Home\nWelcome.\n",
		"about.md":          "# About\n",
		"blog/2023-01-a.md": "# First\nhello\nworld\n",
		"blog/2023-02-b.md": "# Second\n",
		"blog/draft.txt":    "not published",
		"static/site.css":   "body{}",
	}
	for name, body := range pages {
		p := filepath.Join(root, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(body), 0o644)
	}
	fsys := os.DirFS(root)
	var titles []string
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p == "static" {
				return fs.SkipDir
			}
			return nil
		}
		if path := p; strings.HasSuffix(path, ".md") {
			data, err := fs.ReadFile(fsys, path)
			if err != nil {
				return err
			}
			first, _, _ := strings.Cut(string(data), "\n")
			titles = append(titles, fmt.Sprintf("%s -> %s (%d lines)", p, strings.TrimPrefix(first, "# "), strings.Count(string(data), "\n")))
		}
		return nil
	})
	fmt.Println("walk err:", err)
	for _, t := range titles {
		fmt.Println(t)
	}
	posts, err := fs.Glob(fsys, "blog/*.md")
	fmt.Println(posts, err)
	info, err := fs.Stat(fsys, "static/site.css")
	fmt.Println(info.Name(), info.Size(), info.IsDir(), err)
	_, err = fs.ReadFile(fsys, "nope.md")
	fmt.Println(strings.ReplaceAll(fmt.Sprint(err), root, "$ROOT"))
	_, err = fs.ReadFile(fsys, "../etc/passwd")
	fmt.Println(err)
	for _, p := range []string{"a/b", "/a", "a/../b", ".", "a/", ""} {
		fmt.Print(fs.ValidPath(p), " ")
	}
	fmt.Println()
	entries, err := os.ReadDir(filepath.Join(root, "blog"))
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() > entries[j].Name() })
	for _, e := range entries {
		fi, _ := e.Info()
		fmt.Printf("%-12s %5d %v %v\n", e.Name(), fi.Size(), e.Type().IsRegular(), fi.Mode())
	}
	sub, err := fs.Sub(fsys, "blog")
	if err == nil {
		names, _ := fs.ReadDir(sub, ".")
		for _, n := range names {
			fmt.Print(n.Name(), " ")
		}
		fmt.Println()
	} else {
		fmt.Println(err)
	}
}
