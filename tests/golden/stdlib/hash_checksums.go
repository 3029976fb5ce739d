// hash_checksums.go - checksums a backup script computes: sha256 and md5
// of data and of a file streamed through io.Copy, sha224, crc32 IEEE,
// the four FNV variants, Sum appending, Reset, hash.Hash interfaces.
package main

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"io"
	"os"
	"strings"
)

func main() {
	for _, s := range []string{"", "abc", "The quick brown fox jumps over the lazy dog", strings.Repeat("a", 55), strings.Repeat("b", 56), strings.Repeat("c", 64), strings.Repeat("d", 1000)} {
		fmt.Printf("%x %x\n", sha256.Sum256([]byte(s)), md5.Sum([]byte(s)))
	}
	fmt.Printf("%x\n", sha256.Sum224([]byte("abc")))
	f, _ := os.CreateTemp("", "h")
	defer os.Remove(f.Name())
	io.Copy(f, strings.NewReader(strings.Repeat("line of backup data\n", 5000)))
	f.Seek(0, io.SeekStart)
	h := sha256.New()
	n, err := io.Copy(h, f)
	fmt.Println(n, err, hex.EncodeToString(h.Sum(nil)))
	h.Write([]byte("more"))
	fmt.Println(hex.EncodeToString(h.Sum([]byte("prefix:"))[7:]), h.Size(), h.BlockSize())
	h.Reset()
	fmt.Printf("%x\n", h.Sum(nil))
	var hs []hash.Hash = []hash.Hash{sha256.New(), sha256.New224(), md5.New(), crc32.NewIEEE(), fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a()}
	for _, x := range hs {
		io.WriteString(x, "hello, world")
		fmt.Printf("%d %d %x\n", x.Size(), x.BlockSize(), x.Sum(nil))
	}
	fmt.Println(crc32.ChecksumIEEE([]byte("hello, world")), crc32.Update(0, crc32.IEEETable, []byte("hello, world")), crc32.Size, crc32.IEEE)
	h32 := fnv.New32a()
	h32.Write([]byte("key"))
	h64 := fnv.New64a()
	h64.Write([]byte("key"))
	c := crc32.NewIEEE()
	c.Write([]byte("hel"))
	c.Write([]byte("lo, world"))
	fmt.Println(h32.Sum32(), h64.Sum64(), c.Sum32(), sha256.Size, md5.Size, sha256.BlockSize)
	sum := md5.Sum([]byte("x"))
	fmt.Println(len(sum), hex.EncodeToString(sum[:4]))
	fmt.Printf("%T %T %T %T %T %T\n", h, md5.New(), c, h32, h64, fnv.New32())
}
