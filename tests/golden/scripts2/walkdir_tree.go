// walkdir_tree.go - build a small project tree in a temporary directory
// and walk it with filepath.WalkDir: skip a directory, total sizes per
// extension, find files by pattern.
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
	root, err := os.MkdirTemp("", "tree")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(root)
	files := map[string]string{
		"main.go":                 "package main\n",
		"README.md":               "# demo\n\nSome text.\n",
		"internal/db/db.go":       "package db\n\nfunc Open() {}\n",
		"internal/db/db_test.go":  "package db\n",
		"internal/api/api.go":     "package api\n// api\n",
		"node_modules/x/index.js": "module.exports = 1;\n",
		"docs/guide.md":           "guide\n",
		"docs/img/logo.png":       "\x89PNG....",
	}
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	os.Mkdir(filepath.Join(root, "empty"), 0o755)

	sizes := map[string]int64{}
	var goFiles []string
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		depth := strings.Count(rel, string(filepath.Separator))
		if d.IsDir() {
			if d.Name() == "node_modules" {
				fmt.Printf("%sskip %s/\n", strings.Repeat("  ", depth), d.Name())
				return filepath.SkipDir
			}
			if rel != "." {
				fmt.Printf("%s%s/\n", strings.Repeat("  ", depth), d.Name())
			}
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		fmt.Printf("%s%s (%d bytes, %v)\n", strings.Repeat("  ", depth), d.Name(), info.Size(), d.Type())
		sizes[filepath.Ext(path)] += info.Size()
		if ok, _ := filepath.Match("*.go", d.Name()); ok && !strings.HasSuffix(d.Name(), "_test.go") {
			goFiles = append(goFiles, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	var exts []string
	for e := range sizes {
		exts = append(exts, e)
	}
	sort.Strings(exts)
	for _, e := range exts {
		fmt.Printf("%-4s %d\n", e, sizes[e])
	}
	fmt.Println("go files:", goFiles)
	matches, _ := filepath.Glob(filepath.Join(root, "internal", "*", "*.go"))
	for _, m := range matches {
		fmt.Println("glob:", strings.TrimPrefix(m, root))
	}
	err = filepath.WalkDir(filepath.Join(root, "nope"), func(path string, d fs.DirEntry, err error) error {
		fmt.Println("callback error:", strings.Replace(err.Error(), root, "$ROOT", 1), d == nil)
		return err
	})
	fmt.Println("walk returned:", strings.Replace(err.Error(), root, "$ROOT", 1))
}
