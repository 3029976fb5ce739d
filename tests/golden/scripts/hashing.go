// hashing computes checksums by hand over embedded data: CRC-32 (IEEE,
// table driven), FNV-1a 32/64, Adler-32 and a djb2 string hash, relying on
// unsigned overflow wrapping, shifts and bit operations.
package main

import (
	"fmt"
	"strings"
)

var crcTable [256]uint32

func init() {
	for i := range crcTable {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 == 1 {
				c = 0xEDB88320 ^ (c >> 1)
			} else {
				c >>= 1
			}
		}
		crcTable[i] = c
	}
}

func crc32(data []byte) uint32 {
	crc := ^uint32(0)
	for _, b := range data {
		crc = crcTable[byte(crc)^b] ^ (crc >> 8)
	}
	return ^crc
}

func fnv32a(data []byte) uint32 {
	h := uint32(2166136261)
	for _, b := range data {
		h ^= uint32(b)
		h *= 16777619
	}
	return h
}

func fnv64a(data []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, b := range data {
		h ^= uint64(b)
		h *= 1099511628211
	}
	return h
}

func adler32(data []byte) uint32 {
	const mod = 65521
	a, b := uint32(1), uint32(0)
	for _, c := range data {
		a = (a + uint32(c)) % mod
		b = (b + a) % mod
	}
	return b<<16 | a
}

func djb2(s string) uint32 {
	var h uint32 = 5381
	for i := 0; i < len(s); i++ {
		h = h<<5 + h + uint32(s[i])
	}
	return h
}

func main() {
	inputs := []string{"", "a", "abc", "The quick brown fox jumps over the lazy dog", "héllo wörld", strings.Repeat("x", 1000)}
	fmt.Printf("%-12s %-10s %-10s %-18s %-10s %s\n", "input", "crc32", "fnv32a", "fnv64a", "adler32", "djb2")
	for _, in := range inputs {
		label := in
		if len(label) > 10 {
			label = label[:8] + ".."
		}
		d := []byte(in)
		fmt.Printf("%-12q %08x   %08x   %016x   %08x   %d\n", label, crc32(d), fnv32a(d), fnv64a(d), adler32(d), djb2(in))
	}
	buckets := make([]int, 8)
	for i := 0; i < 1000; i++ {
		buckets[fnv32a([]byte(fmt.Sprintf("key-%d", i)))%8]++
	}
	fmt.Println("fnv buckets:", buckets)
	var x uint8 = 250
	x += 10
	var y int8 = 127
	y++
	var z uint16 = 0
	z--
	fmt.Println(x, y, z, int32(-7)>>1, uint32(1)<<31, -7/2, -7%2, 7&^5, ^0)
	fmt.Printf("%b %o %X %#b\n", crcTable[1], crcTable[2]>>20, crcTable[255], byte(crc32([]byte("a"))))
}
