// encoding_streams.go - base64.NewEncoder/NewDecoder, hex.NewEncoder/NewDecoder
// and hex.Dumper over chunked writes and whole reads.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	for _, in := range []string{"", "a", "ab", "abc", "abcd", strings.Repeat("xyz", 400) + "q"} {
		var b bytes.Buffer
		w := base64.NewEncoder(base64.RawURLEncoding, &b)
		for i := 0; i < len(in); i += 7 {
			j := i + 7
			if j > len(in) {
				j = len(in)
			}
			w.Write([]byte(in[i:j]))
		}
		w.Close()
		fmt.Println(len(b.String()), b.String() == base64.RawURLEncoding.EncodeToString([]byte(in)))
		d, err := io.ReadAll(base64.NewDecoder(base64.RawURLEncoding, &b))
		fmt.Println(string(d) == in, err)
	}
	d, err := io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader("aGVs\nbG8=\n")))
	fmt.Printf("%q %v\n", d, err)
	d, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader("aGVsbG8*")))
	fmt.Printf("%q %v\n", d, err)
	var hb bytes.Buffer
	he := hex.NewEncoder(&hb)
	he.Write([]byte("hi"))
	he.Write([]byte{0, 255})
	fmt.Println(hb.String())
	d, err = io.ReadAll(hex.NewDecoder(&hb))
	fmt.Printf("%q %v\n", d, err)
	for _, s := range []string{"6869a", "686g", "41"} {
		d, err = io.ReadAll(hex.NewDecoder(strings.NewReader(s)))
		fmt.Printf("%q %v\n", d, err)
	}
	dd := hex.Dumper(os.Stdout)
	for i := 0; i < 40; i += 5 {
		dd.Write([]byte("abcdefghijklmnopqrstuvwxyz0123456789ABCD")[i : i+5])
	}
	fmt.Println(dd.Close(), dd.Close())
	n, err := dd.Write([]byte("x"))
	fmt.Println(n, err)
	fmt.Printf("%T %T %T\n", he, dd, base64.NewEncoder(base64.StdEncoding, io.Discard))
}
