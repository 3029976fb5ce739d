// procfs_read.go - files whose Stat size is 0 or a lie (/proc, /dev/null,
// /dev/zero) read with ReadFile, ReadAll, Scanner and ReadFull.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	b, err := os.ReadFile("/proc/self/status")
	fmt.Println(len(b) > 100, err, strings.HasPrefix(string(b), "Name:"))
	f, _ := os.Open("/proc/self/stat")
	all, err := io.ReadAll(f)
	f.Close()
	fmt.Println(len(all) > 10, err)
	st, _ := os.Stat("/proc/self/status")
	fmt.Println(st.Size(), st.Mode().IsRegular())
	f, _ = os.Open("/proc/cpuinfo")
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "processor") {
			n++
		}
	}
	f.Close()
	fmt.Println(n > 0)
	b, err = os.ReadFile("/dev/null")
	fmt.Println(len(b), err, b == nil)
	f, _ = os.Open("/dev/zero")
	buf := make([]byte, 5)
	k, err := io.ReadFull(f, buf)
	fmt.Println(k, err, buf)
	f.Close()
	b, err = os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	fmt.Println(err == nil || os.IsNotExist(err))
}
