package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "a/b/../c", "/../x", "a//b/./c/", "../../a/b/..", "abc/./../..", "/a/b/c/../../..", "x/y/z.tar.gz", "noext", ".hidden", "dir/", "/a/"} {
		d, f := filepath.Split(p)
		fmt.Printf("%q clean=%q base=%q dir=%q ext=%q split=%q,%q abs=%v\n", p, filepath.Clean(p), filepath.Base(p), filepath.Dir(p), filepath.Ext(p), d, f, filepath.IsAbs(p))
		if path.Clean(p) != filepath.Clean(p) || path.Base(p) != filepath.Base(p) || path.Dir(p) != filepath.Dir(p) {
			fmt.Println("path and filepath differ on", p)
		}
	}
	fmt.Println(filepath.Join("a", "b", "c"), filepath.Join("", ""), filepath.Join("/", "x", "..", "y"), filepath.Join("a", "", "b"), path.Join("x/", "/y"))
	for _, pair := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "b"}, {"/a", "b"}, {".", "a/b"}, {"a/b", "."}, {"/", "/x"}, {"../a", "b"}, {"a/b/c", "a/b/c"}} {
		r, err := filepath.Rel(pair[0], pair[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", pair[0], pair[1], r, err)
	}
	for _, m := range [][2]string{{"*.go", "main.go"}, {"*.go", "dir/main.go"}, {"a?c", "abc"}, {"[a-c]x", "bx"}, {"[^a-c]x", "bx"}, {"[!a]", "b"}, {"\\*", "*"}, {"*", ""}, {"a*b*c", "axxbyyc"}, {"[", "a"}, {"a[", "a"}, {"[a-]", "a"}, {"dir/*", "dir/x"}, {"*/*", "a/b"}, {"ab[c", "abc"}} {
		ok, err := filepath.Match(m[0], m[1])
		ok2, err2 := path.Match(m[0], m[1])
		fmt.Printf("Match(%q, %q) = %v %v / %v %v\n", m[0], m[1], ok, err, ok2, err2)
	}
	fmt.Println(filepath.ErrBadPattern, filepath.ErrBadPattern == path.ErrBadPattern)
	fmt.Printf("%q %q\n", filepath.SplitList("/bin:/usr/bin::/x"), filepath.SplitList(""))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.VolumeName("/x"), string(filepath.Separator), string(filepath.ListSeparator))
	abs, err := filepath.Abs("/x/../y")
	fmt.Println(abs, err)
}
