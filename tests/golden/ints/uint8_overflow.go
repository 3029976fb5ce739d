package main

import "fmt"

// uint8 (byte) overflow in realistic code: checksums, brightness
// adjustment with and without saturation, and a simple byte cipher.

func checksum(data []byte) byte {
	var sum byte
	for _, b := range data {
		sum += b
	}
	return sum
}

func brighten(px []uint8, by uint8) []uint8 {
	out := make([]uint8, len(px))
	for i, p := range px {
		out[i] = p + by // wraps
	}
	return out
}

func brightenSat(px []uint8, by uint8) []uint8 {
	out := make([]uint8, len(px))
	for i, p := range px {
		if int(p)+int(by) > 255 {
			out[i] = 255
		} else {
			out[i] = p + by
		}
	}
	return out
}

func xorCipher(msg []byte, key byte) []byte {
	out := make([]byte, len(msg))
	for i, c := range msg {
		out[i] = c ^ key
		key = key*31 + 7
	}
	return out
}

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Println(len(data), checksum(data))

	px := []uint8{0, 100, 200, 250, 255}
	fmt.Println(brighten(px, 10))
	fmt.Println(brightenSat(px, 10))

	enc := xorCipher([]byte("gosub"), 42)
	fmt.Println(enc)
	fmt.Println(string(xorCipher(enc, 42)))

	var counter uint8
	laps := 0
	for i := 0; i < 1000; i++ {
		counter++
		if counter == 0 {
			laps++
		}
	}
	fmt.Println(counter, laps)
	var d uint8 = 3
	d -= 5
	fmt.Println(d, d*2, d/2)
}
