package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	sr := strings.NewReader("0123456789")
	br := bytes.NewReader([]byte("0123456789"))
	var ras []io.ReaderAt = []io.ReaderAt{sr, br}
	for _, ra := range ras {
		for _, off := range []int64{-1, 0, 5, 8, 10, 12} {
			p := make([]byte, 4)
			n, err := ra.ReadAt(p, off)
			fmt.Printf("%d %q %v\n", n, p[:n], err)
		}
	}
	fmt.Println(sr.Len(), br.Len())
}
