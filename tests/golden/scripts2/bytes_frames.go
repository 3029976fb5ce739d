// bytes_frames.go - a length-prefixed message protocol over bytes.Buffer:
// framing, reading back with partial reads, and the bytes helpers.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

func writeFrame(w *bytes.Buffer, payload []byte) {
	n := len(payload)
	w.WriteByte(byte(n >> 8))
	w.WriteByte(byte(n))
	w.Write(payload)
}

func readFrame(r io.Reader) ([]byte, error) {
	var hdr [2]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, err
	}
	n := int(hdr[0])<<8 | int(hdr[1])
	buf := make([]byte, n)
	if _, err := io.ReadFull(r, buf); err != nil {
		return nil, fmt.Errorf("frame of %d bytes: %w", n, err)
	}
	return buf, nil
}

func main() {
	var b bytes.Buffer
	for _, m := range []string{"hello", "", "a longer message with spaces", string(bytes.Repeat([]byte("x"), 300))} {
		writeFrame(&b, []byte(m))
	}
	b.Write([]byte{0, 10, 'c', 'u', 't'})
	fmt.Println("buffered:", b.Len())
	for {
		f, err := readFrame(&b)
		if err != nil {
			fmt.Println("stop:", err, errors.Is(err, io.ErrUnexpectedEOF), err == io.EOF)
			break
		}
		if len(f) > 40 {
			fmt.Printf("frame %d bytes: %s...\n", len(f), f[:10])
		} else {
			fmt.Printf("frame %d bytes: %q\n", len(f), f)
		}
	}
	_, err := readFrame(&b)
	fmt.Println(err)

	data := []byte("  key1=v1\nkey2 = v2 \n\nkey3=\n")
	for _, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		k, v, ok := bytes.Cut(line, []byte("="))
		fmt.Printf("%q %q %v\n", bytes.TrimSpace(k), bytes.TrimSpace(v), ok)
	}
	fmt.Println(bytes.Fields([]byte(" a b  c ")), bytes.Count(data, []byte("key")), bytes.Index(data, []byte("v2")))
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.HasPrefix(data, []byte("  k")))
	fmt.Printf("%s|%s|%s\n", bytes.ToUpper([]byte("mixed Case")), bytes.Title([]byte("go bytes")), bytes.ReplaceAll([]byte("a-b-c"), []byte("-"), []byte("+")))
	var out bytes.Buffer
	out.WriteString("line one\nline two\nrest")
	l1, _ := out.ReadString('\n')
	l2, _ := out.ReadBytes('\n')
	rest, err := out.ReadString('\n')
	fmt.Printf("%q %q %q %v\n", l1, l2, rest, err)
	out.Reset()
	fmt.Fprintf(&out, "%05d|%s", 42, "x")
	out.Truncate(3)
	fmt.Println(out.String(), out.Len())
	r := bytes.NewReader([]byte("0123456789"))
	r.Seek(4, io.SeekStart)
	p := make([]byte, 3)
	r.Read(p)
	fmt.Println(string(p), r.Len(), r.Size())
	nb := bytes.NewBufferString("unread")
	c, _ := nb.ReadByte()
	nb.UnreadByte()
	rr, size, _ := nb.ReadRune()
	fmt.Println(string(c), string(rr), size, nb.String())
}
