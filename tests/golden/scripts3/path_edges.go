// path_edges.go - path and path/filepath at their edges: Clean, Rel errors,
// Match with ErrBadPattern, Split/Ext/Base/Dir of odd inputs, SplitList,
// VolumeName, IsAbs, ToSlash, Glob of a bad pattern.
package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "a//b/./c/..", "/../x", "a/b/../../..", "./a/", "abc/../../d"} {
		fmt.Printf("%q clean=%q base=%q dir=%q ext=%q\n", p, filepath.Clean(p), filepath.Base(p), filepath.Dir(p), filepath.Ext(p))
	}
	for _, p := range []string{"a/b.tar.gz", ".bashrc", "dir.d/file", "x."} {
		d, f := filepath.Split(p)
		fmt.Printf("%q -> %q %q ext=%q pext=%q\n", p, d, f, filepath.Ext(p), path.Ext(p))
	}
	rels := [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "b"}, {"/a", "b"}, {"a", "/b"}, {".", "a/b"}, {"a/b", "."}, {"../a", "b"}, {"/", "/"}}
	for _, r := range rels {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q,%q) = %q %v\n", r[0], r[1], rel, err)
	}
	pats := [][2]string{{"*.go", "main.go"}, {"*.go", "dir/main.go"}, {"a?c", "abc"}, {"[a-c]x", "bx"}, {"[^a-c]x", "bx"}, {"[", "a"}, {"a[", "a"}, {"\\*", "*"}, {"[]a]", "]"}, {"*", ""}, {"[a-]", "a"}, {"ab[", "x"}}
	for _, p := range pats {
		ok, err := filepath.Match(p[0], p[1])
		ok2, err2 := path.Match(p[0], p[1])
		fmt.Printf("Match(%q,%q) = %v %v | %v %v\n", p[0], p[1], ok, err, ok2, err2)
	}
	fmt.Println(filepath.ErrBadPattern, path.ErrBadPattern == filepath.ErrBadPattern)
	m, err := filepath.Glob("[")
	fmt.Println(m, err, m == nil)
	m, err = filepath.Glob("/nonexistent-dir-xyz/*")
	fmt.Println(m, err, m == nil)
	fmt.Printf("%q\n", filepath.SplitList("/bin:/usr/bin::/x"))
	fmt.Printf("%q\n", filepath.SplitList(""))
	fmt.Printf("%q %v %v\n", filepath.VolumeName("/x"), filepath.IsAbs("/x"), filepath.IsAbs("x"))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), string(filepath.Separator), string(filepath.ListSeparator))
	fmt.Println(filepath.Join(), filepath.Join("", ""), filepath.Join("a", ""), filepath.Join("", "b"), filepath.Join("/", "..", "x"))
	fmt.Println(path.Join("a", "../..", "b"), path.Clean("a/../.."), path.IsAbs("/"), path.Base(""), path.Dir(""))
	d, f := path.Split("static/css/site.css")
	fmt.Println(d, f)
	abs, err := filepath.Abs("/a/../b/./c")
	fmt.Println(abs, err)
	fmt.Println(filepath.HasPrefix("/a/b", "/a"))
}
