// ciphers implements Caesar, Vigenère and Atbash ciphers over runes,
// preserving case and leaving non-letters (including non-ASCII) alone,
// and cracks a Caesar shift by letter frequency.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func shift(r rune, k int) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+rune(k)+26)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+rune(k)+26)%26
	}
	return r
}

func Caesar(s string, k int) string {
	k %= 26
	return strings.Map(func(r rune) rune { return shift(r, k) }, s)
}

func Vigenere(s, key string, decrypt bool) string {
	var out []rune
	i := 0
	for _, r := range s {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			out = append(out, r)
			continue
		}
		k := int(unicode.ToLower(rune(key[i%len(key)])) - 'a')
		if decrypt {
			k = -k
		}
		out = append(out, shift(r, k))
		i++
	}
	return string(out)
}

func Atbash(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return 'z' - (r - 'a')
		}
		if r >= 'A' && r <= 'Z' {
			return 'Z' - (r - 'A')
		}
		if r == '!' {
			return -1 // dropped
		}
		return r
	}, s)
}

func crack(cipher string) int {
	best, bestScore := 0, -1
	for k := 0; k < 26; k++ {
		plain := Caesar(cipher, -k)
		score := 0
		for _, r := range strings.ToLower(plain) {
			if strings.ContainsRune("etaoin", r) {
				score++
			}
		}
		if score > bestScore {
			best, bestScore = k, score
		}
	}
	return best
}

func main() {
	msg := "Attack at Dawn, near the Café! Zebras zigzag."
	for _, k := range []int{1, 3, 13, 25, 26, -1} {
		fmt.Printf("caesar %3d: %s\n", k, Caesar(msg, k))
	}
	rot13 := Caesar(Caesar(msg, 13), 13)
	fmt.Println("rot13 twice equal:", rot13 == msg)

	v := Vigenere(msg, "LEMON", false)
	fmt.Println("vigenere:  ", v)
	fmt.Println("decrypted: ", Vigenere(v, "LEMON", true))
	fmt.Println("atbash:    ", Atbash(msg))
	fmt.Println("atbash x2: ", Atbash(Atbash(msg)))

	secret := Caesar("the rain in spain stays mainly in the plain, to be or not to be", 7)
	k := crack(secret)
	fmt.Printf("cracked shift %d: %s\n", k, Caesar(secret, -k))
	fmt.Printf("%q %U %c\n", shift('y', 3), shift('Y', 3), shift('é', 3))
}
