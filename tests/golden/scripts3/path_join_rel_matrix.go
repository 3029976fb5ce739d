// path_join_rel_matrix.go - Join, Clean, Rel, Split, Base, Dir, Ext over a
// matrix of path pieces (empty, dots, slashes, "...").
package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	parts := []string{"", ".", "..", "/", "a", "b/", "/c", "../d", "./e/..", "f//g", "h/./", "..."}
	for _, x := range parts {
		for _, y := range parts {
			r, err := filepath.Rel(x, y)
			fmt.Printf("%q %q | %q %q %q | %q %v\n", x, y, filepath.Join(x, y), path.Join(x, y), filepath.Clean(x+"/"+y), r, err)
		}
	}
	for _, x := range parts {
		d, f := filepath.Split(x)
		fmt.Printf("%q: %q %q %q %q %q %v\n", x, d, f, filepath.Base(x), filepath.Dir(x), path.Ext(x+".x.y"), filepath.IsAbs(x))
	}
}
