// iface_kinds.go - which io / io/fs interfaces each standard reader, writer,
// file and FS value satisfies at run time (type assertions): promoted methods
// of bufio.ReadWriter, multiReader.WriteTo, discard.ReadFrom.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

func kinds(name string, v any) {
	var out []string
	if _, ok := v.(io.Reader); ok {
		out = append(out, "Reader")
	}
	if _, ok := v.(io.Writer); ok {
		out = append(out, "Writer")
	}
	if _, ok := v.(io.Closer); ok {
		out = append(out, "Closer")
	}
	if _, ok := v.(io.Seeker); ok {
		out = append(out, "Seeker")
	}
	if _, ok := v.(io.ReaderAt); ok {
		out = append(out, "ReaderAt")
	}
	if _, ok := v.(io.WriterAt); ok {
		out = append(out, "WriterAt")
	}
	if _, ok := v.(io.WriterTo); ok {
		out = append(out, "WriterTo")
	}
	if _, ok := v.(io.ReaderFrom); ok {
		out = append(out, "ReaderFrom")
	}
	if _, ok := v.(io.ByteReader); ok {
		out = append(out, "ByteReader")
	}
	if _, ok := v.(io.ByteScanner); ok {
		out = append(out, "ByteScanner")
	}
	if _, ok := v.(io.RuneScanner); ok {
		out = append(out, "RuneScanner")
	}
	if _, ok := v.(io.ByteWriter); ok {
		out = append(out, "ByteWriter")
	}
	if _, ok := v.(io.StringWriter); ok {
		out = append(out, "StringWriter")
	}
	if _, ok := v.(fs.File); ok {
		out = append(out, "fs.File")
	}
	if _, ok := v.(fs.ReadDirFile); ok {
		out = append(out, "fs.ReadDirFile")
	}
	if _, ok := v.(fs.FS); ok {
		out = append(out, "fs.FS")
	}
	if _, ok := v.(fs.StatFS); ok {
		out = append(out, "fs.StatFS")
	}
	if _, ok := v.(fs.ReadFileFS); ok {
		out = append(out, "fs.ReadFileFS")
	}
	if _, ok := v.(fs.ReadDirFS); ok {
		out = append(out, "fs.ReadDirFS")
	}
	if _, ok := v.(fs.GlobFS); ok {
		out = append(out, "fs.GlobFS")
	}
	if _, ok := v.(fs.SubFS); ok {
		out = append(out, "fs.SubFS")
	}
	if _, ok := v.(fmt.Stringer); ok {
		out = append(out, "Stringer")
	}
	fmt.Printf("%-22s %T %v\n", name, v, out)
}

func main() {
	f, _ := os.Open("/dev/null")
	kinds("os.File", f)
	kinds("strings.Reader", strings.NewReader(""))
	kinds("bytes.Reader", bytes.NewReader(nil))
	kinds("bytes.Buffer", &bytes.Buffer{})
	kinds("strings.Builder", &strings.Builder{})
	kinds("bufio.Reader", bufio.NewReader(f))
	kinds("bufio.Writer", bufio.NewWriter(f))
	kinds("bufio.ReadWriter", bufio.NewReadWriter(bufio.NewReader(f), bufio.NewWriter(f)))
	kinds("bufio.Scanner", bufio.NewScanner(f))
	pr, pw := io.Pipe()
	kinds("io.PipeReader", pr)
	kinds("io.PipeWriter", pw)
	kinds("io.LimitReader", io.LimitReader(f, 1))
	kinds("io.SectionReader", io.NewSectionReader(f, 0, 1))
	kinds("io.MultiReader", io.MultiReader())
	kinds("io.MultiWriter", io.MultiWriter())
	kinds("io.TeeReader", io.TeeReader(f, io.Discard))
	kinds("io.Discard", io.Discard)
	kinds("os.DirFS", os.DirFS("/"))
	sub, _ := fs.Sub(os.DirFS("/"), "tmp")
	kinds("fs.Sub", sub)
	fi, _ := f.Stat()
	kinds("FileInfo", fi)
	ents, _ := os.ReadDir("/")
	kinds("DirEntry", ents[0])
	kinds("FileMode", fi.Mode())
	_, err := os.Open("/nope")
	kinds("PathError", err)
}
