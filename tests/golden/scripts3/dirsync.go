// dirsync.go - a directory sync tool: walks src, compares with dst by size
// and content hash, copies new/changed files preserving modes and mtimes,
// deletes extras, prints a plan and a summary; second run is a no-op.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"
)

type entry struct {
	size int64
	mode fs.FileMode
	sum  string
}

func scan(root string) (map[string]entry, error) {
	out := map[string]entry{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		info, err := d.Info()
		if err != nil {
			return err
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		h := sha256.New()
		if _, err := io.Copy(h, f); err != nil {
			return err
		}
		out[rel] = entry{info.Size(), info.Mode(), hex.EncodeToString(h.Sum(nil))[:12]}
		return nil
	})
	return out, err
}

func copyFile(src, dst string, mode fs.FileMode, mt time.Time) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, mode.Perm())
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	if err := os.Chmod(dst, mode.Perm()); err != nil {
		return err
	}
	return os.Chtimes(dst, mt, mt)
}

func sync(src, dst string) (copied, removed int) {
	a, err := scan(src)
	if err != nil {
		fmt.Println("scan src:", err)
		return
	}
	b, _ := scan(dst)
	var keys []string
	for k := range a {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	mt := time.Date(2021, 5, 6, 7, 8, 9, 0, time.UTC)
	for _, k := range keys {
		ea, eb := a[k], b[k]
		switch {
		case eb.sum == "":
			fmt.Printf("+ %-14s %5d %v %s\n", k, ea.size, ea.mode, ea.sum)
		case eb.sum != ea.sum || eb.mode != ea.mode:
			fmt.Printf("~ %-14s %5d %v %s (was %s %v)\n", k, ea.size, ea.mode, ea.sum, eb.sum, eb.mode)
		default:
			continue
		}
		if err := copyFile(filepath.Join(src, k), filepath.Join(dst, k), ea.mode, mt); err != nil {
			fmt.Println("copy:", err)
			continue
		}
		copied++
	}
	var extra []string
	for k := range b {
		if _, ok := a[k]; !ok {
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	for _, k := range extra {
		fmt.Printf("- %s\n", k)
		if err := os.Remove(filepath.Join(dst, k)); err == nil {
			removed++
		}
	}
	return
}

func main() {
	base, _ := os.MkdirTemp("", "dirsync")
	defer os.RemoveAll(base)
	src, dst := filepath.Join(base, "src"), filepath.Join(base, "dst")
	files := map[string]string{"a.txt": "alpha\n", "b/c.txt": "charlie\n", "b/d/e.bin": string(bytes.Repeat([]byte{0, 1, 2}, 1000)), "run.sh": "#!/bin/sh\n"}
	for name, data := range files {
		p := filepath.Join(src, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(data), 0o644)
	}
	os.Chmod(filepath.Join(src, "run.sh"), 0o755)
	os.MkdirAll(filepath.Join(dst, "old"), 0o755)
	os.WriteFile(filepath.Join(dst, "old/stale.txt"), []byte("stale"), 0o600)
	os.WriteFile(filepath.Join(dst, "a.txt"), []byte("ALPHA\n"), 0o644)
	c, r := sync(src, dst)
	fmt.Println("copied", c, "removed", r)
	c, r = sync(src, dst)
	fmt.Println("copied", c, "removed", r)
	os.Chmod(filepath.Join(src, "a.txt"), 0o600)
	c, r = sync(src, dst)
	fmt.Println("copied", c, "removed", r)
	st, _ := os.Stat(filepath.Join(dst, "b/d/e.bin"))
	fmt.Println(st.Size(), st.Mode(), st.ModTime().UTC().Format(time.RFC3339))
	_, err := scan(filepath.Join(base, "nope"))
	fmt.Println(err != nil)
}
