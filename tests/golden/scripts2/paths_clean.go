// paths_clean.go - path manipulation a build tool does: cleaning user
// input, relative paths between directories, extensions, URL-style paths.
package main

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	for _, p := range []string{"a/b/../c/./d/", "//x//y/", "../../up", "", ".", "/..", "a/../../b", "~/notes.txt"} {
		fmt.Printf("%-16q clean=%-12q dir=%-8q base=%-10q ext=%q abs=%v\n", p, filepath.Clean(p), filepath.Dir(p), filepath.Base(p), filepath.Ext(p), filepath.IsAbs(p))
	}
	pairs := [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a/b", "a/b"}, {"/a", "b"}, {"src", "src/../lib/x.go"}, {"../a", "b"}}
	for _, pr := range pairs {
		r, err := filepath.Rel(pr[0], pr[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", pr[0], pr[1], r, err)
	}
	dir, file := filepath.Split("/usr/local/bin/go")
	fmt.Println(dir, file, filepath.Join("a", "", "/b", "../c"), filepath.Join())
	fmt.Println(filepath.SplitList("/bin:/usr/bin::/opt/bin"), filepath.VolumeName("/x"))
	for _, pat := range []string{"*.go", "main.?o", "[a-m]*.go", "[^a-m]*", "*/*.go", "\\*.go", "[]"} {
		ok, err := filepath.Match(pat, "main.go")
		fmt.Printf("Match(%q) %v %v\n", pat, ok, err)
	}
	fmt.Println(path.Join("/api", "v1/", "../v2", "users"), path.Base("/a/b/"), path.Dir("a"), path.Ext("x.tar.gz"), path.IsAbs("a"))
	m, err := path.Match("/static/*/*.css", "/static/css/site.css")
	fmt.Println(m, err)
	name := "report.final.PDF"
	stem := strings.TrimSuffix(name, filepath.Ext(name))
	fmt.Println(stem, strings.ToLower(filepath.Ext(name)), filepath.ToSlash("a/b"), filepath.FromSlash("a/b"))
	abs, err := filepath.Abs("/tmp/../etc/./passwd")
	fmt.Println(abs, err)
}
