// ioutil_legacy.go - an old script on io/ioutil: TempDir, WriteFile, ReadFile,
// ReadDir (sorted FileInfos), TempFile, ReadAll, NopCloser and Discard (a nil
// writer before: it copied io.Discard before io had initialised it).
package main

import (
	"fmt"
	"io"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := ioutil.TempDir("", "legacy")
	fmt.Println(err)
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "a.txt")
	fmt.Println(ioutil.WriteFile(p, []byte("legacy data\n"), 0644))
	b, err := ioutil.ReadFile(p)
	fmt.Printf("%q %v\n", b, err)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("bb"), 0600)
	os.Mkdir(filepath.Join(dir, "c"), 0755)
	infos, err := ioutil.ReadDir(dir)
	for _, fi := range infos {
		fmt.Println(fi.Name(), fi.Size() > 0, fi.IsDir(), fi.Mode().Perm())
	}
	_, err = ioutil.ReadDir(filepath.Join(dir, "nope"))
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "D"))
	f, err := ioutil.TempFile(dir, "tmp-*.log")
	fmt.Println(err, strings.HasPrefix(filepath.Base(f.Name()), "tmp-"), strings.HasSuffix(f.Name(), ".log"))
	f.Close()
	b, err = ioutil.ReadAll(strings.NewReader("readall"))
	fmt.Println(string(b), err)
	rc := ioutil.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	n, _ := io.Copy(ioutil.Discard, strings.NewReader("12345"))
	fmt.Println(n, ioutil.Discard == io.Discard)
	_, err = ioutil.ReadFile(filepath.Join(dir, "missing"))
	fmt.Println(os.IsNotExist(err))
}
