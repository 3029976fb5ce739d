package main

import (
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
)

func main() {
	data := []byte("Hello, Gophers! \x00\x01\xff")
	h := hex.EncodeToString(data)
	fmt.Println(h, hex.EncodedLen(len(data)), hex.DecodedLen(len(h)))
	back, err := hex.DecodeString(h)
	fmt.Printf("%q %v\n", back, err)
	for _, bad := range []string{"abc", "zz", "a", "0g", "4142xx", "\x00"} {
		b, err := hex.DecodeString(bad)
		var ib hex.InvalidByteError
		fmt.Printf("%q %v %v %v\n", b, err, err == hex.ErrLength, errors.As(err, &ib))
	}
	fmt.Print(hex.Dump([]byte("The quick brown fox jumps over the lazy dog.\n\tTab")))
	fmt.Print(hex.Dump([]byte("0123456789abcdef")))
	fmt.Printf("%q\n", hex.Dump(nil))
	dst := make([]byte, 4)
	n := hex.Encode(dst, []byte{0xde, 0xad})
	fmt.Println(n, string(dst))
	n, err = hex.Decode(dst, []byte("beef"))
	fmt.Println(n, err, dst[:n])

	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xfb\xff\xfe"} {
			e := enc.EncodeToString([]byte(s))
			d, err := enc.DecodeString(e)
			fmt.Printf("%q -> %q -> %q %v (%d %d)\n", s, e, d, err, enc.EncodedLen(len(s)), enc.DecodedLen(len(e)))
		}
	}
	for _, bad := range []string{"Zm9v!", "Zm9vYg", "Zm9vYg=", "Zm9vYg==x", "Zm9v\nYmFy", "=", "Zg==Zg==", "Zh=="} {
		d, err := base64.StdEncoding.DecodeString(bad)
		var ce base64.CorruptInputError
		fmt.Printf("%q %v %v\n", d, err, errors.As(err, &ce))
	}
	_, err = base64.StdEncoding.Strict().DecodeString("Zh==")
	fmt.Println(err)
	custom := base64.StdEncoding.WithPadding('*')
	fmt.Println(custom.EncodeToString([]byte("ab")))
	fmt.Println(base64.NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._").WithPadding(base64.NoPadding).EncodeToString([]byte{0xff, 0xfe}))
	buf := make([]byte, base64.StdEncoding.EncodedLen(5))
	base64.StdEncoding.Encode(buf, []byte("hello"))
	fmt.Println(string(buf))
	out := make([]byte, base64.StdEncoding.DecodedLen(len(buf)))
	n, err = base64.StdEncoding.Decode(out, buf)
	fmt.Println(n, err, string(out[:n]), base64.StdPadding, base64.NoPadding)
}
