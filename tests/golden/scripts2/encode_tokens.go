// encode_tokens.go - API tokens and checksums with encoding/base64 and
// encoding/hex: the four base64 encodings, streaming encoders, decode
// errors, hex dumps.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
)

func main() {
	secret := []byte("user:p@ss\xff\xfe~?")
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		s := enc.EncodeToString(secret)
		back, err := enc.DecodeString(s)
		fmt.Printf("%-24s %d %v %v\n", s, enc.EncodedLen(len(secret)), bytes.Equal(back, secret), err)
	}
	for _, bad := range []string{"abc", "ab$d", "YWJj\nZA==", "YQ==YQ=="} {
		_, err := base64.StdEncoding.DecodeString(bad)
		var ce base64.CorruptInputError
		fmt.Printf("%q: %v (corrupt=%v)\n", bad, err, errors.As(err, &ce))
	}
	var buf bytes.Buffer
	w := base64.NewEncoder(base64.StdEncoding, &buf)
	w.Write([]byte("stream"))
	w.Write([]byte("ed data"))
	w.Close()
	fmt.Println(buf.String())
	dec := base64.NewDecoder(base64.StdEncoding, &buf)
	out := make([]byte, 64)
	n, err := dec.Read(out)
	fmt.Printf("%q %v\n", out[:n], err)

	sum := []byte{0xde, 0xad, 0xbe, 0xef, 0x00, 0x01}
	h := hex.EncodeToString(sum)
	fmt.Println(h, hex.EncodedLen(len(sum)))
	b, err := hex.DecodeString("DEADbeef")
	fmt.Println(b, err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err, errors.Is(err, hex.ErrLength))
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("The quick brown fox jumps\x00\x01\x02")))
	d := hex.Dumper(os.Stdout)
	d.Write([]byte("abc"))
	d.Write([]byte("defghijklmnopqrstu"))
	d.Close()
	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/").WithPadding('*')
	fmt.Println(custom.EncodeToString([]byte("hi")))
}
