// tempdir_harness.go - a tempdir-based test harness: CreateTemp and
// MkdirTemp patterns (with *), Getwd/Chdir round trip, relative paths
// after Chdir, ReadDir ordering and DirEntry/FileInfo methods, RemoveAll.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	base, err := os.MkdirTemp("", "harness-*-x")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(base)
	name := filepath.Base(base)
	fmt.Println(strings.HasPrefix(name, "harness-"), strings.HasSuffix(name, "-x"), filepath.Dir(base) == os.TempDir())

	f, err := os.CreateTemp(base, "case*.txt")
	fmt.Println(err, strings.HasPrefix(filepath.Base(f.Name()), "case"), strings.HasSuffix(f.Name(), ".txt"))
	f.WriteString("payload")
	f.Close()
	g, _ := os.CreateTemp(base, "plain")
	fmt.Println(strings.HasPrefix(filepath.Base(g.Name()), "plain"), len(filepath.Base(g.Name())) > len("plain"))
	g.Close()
	_, err = os.CreateTemp(base, "bad/pattern")
	fmt.Println(strings.ReplaceAll(fmt.Sprint(err), base, "$B"))
	_, err = os.MkdirTemp(filepath.Join(base, "nope"), "x")
	fmt.Println(strings.ReplaceAll(fmt.Sprint(err), base, "$B"))

	old, _ := os.Getwd()
	if err := os.Chdir(base); err != nil {
		fmt.Println(err)
	}
	wd, _ := os.Getwd()
	fmt.Println(wd == base || strings.HasSuffix(wd, base))
	os.MkdirAll("tree/b/c", 0o755)
	os.WriteFile("tree/zeta.txt", []byte("z"), 0o644)
	os.WriteFile("tree/Alpha.txt", []byte("aa"), 0o644)
	os.WriteFile("tree/b/c/deep.txt", []byte("deep"), 0o600)
	entries, err := os.ReadDir("tree")
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Size() > 0 || e.IsDir(), info.Mode().Perm())
	}
	fmt.Println(len(entries), err)
	abs, _ := filepath.Abs("tree/b")
	fmt.Println(strings.TrimPrefix(abs, wd))
	dfile, _ := os.Open("tree")
	names, _ := dfile.Readdirnames(-1)
	sort.Strings(names)
	fmt.Println(names)
	dfile.Close()
	dfile, _ = os.Open("tree")
	first, err := dfile.ReadDir(1)
	fmt.Println(len(first), err)
	rest, err := dfile.ReadDir(0)
	fmt.Println(len(rest), err)
	more, err := dfile.ReadDir(1)
	fmt.Println(len(more), err)
	dfile.Close()
	infos, _ := os.ReadDir("tree/b/c")
	for _, e := range infos {
		fmt.Printf("%v\n", e)
	}
	os.Chdir(old)
	fmt.Println(os.RemoveAll(base))
	_, err = os.Stat(base)
	fmt.Println(os.IsNotExist(err))
}
