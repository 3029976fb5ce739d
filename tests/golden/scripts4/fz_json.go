package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand"
	"strings"
)

type S struct {
	A int               `json:"a"`
	B []float64         `json:"b"`
	C map[string]string `json:"c"`
	D *S                `json:"d"`
	E string            `json:"e,omitempty"`
	F uint8             `json:"f,string"`
	G any               `json:"g"`
	H [2]bool           `json:"h"`
}

func randVal(r *rand.Rand, depth int) any {
	switch k := r.Intn(9); {
	case k == 0 || depth > 3:
		return nil
	case k == 1:
		return r.Intn(2) == 0
	case k == 2:
		return math.Float64frombits(r.Uint64() & 0x7fefffffffffffff)
	case k == 3:
		return float64(r.Intn(2000)-1000) / 8
	case k == 4:
		b := make([]byte, r.Intn(6))
		for i := range b {
			const pool = "ab\"\\<>&\n\t\x00\x1f\xff\xe2\x80\xa8é"
			b[i] = pool[r.Intn(len(pool))]
		}
		return string(b)
	case k == 5 || k == 6:
		n := r.Intn(4)
		a := make([]any, n)
		for i := range a {
			a[i] = randVal(r, depth+1)
		}
		return a
	default:
		m := map[string]any{}
		for i := r.Intn(4); i > 0; i-- {
			m[string(rune('a'+r.Intn(8)))] = randVal(r, depth+1)
		}
		return m
	}
}

func main() {
	r := rand.New(rand.NewSource(3))
	h := uint32(0)
	mix := func(s string) {
		for i := 0; i < len(s); i++ {
			h = h*16777619 ^ uint32(s[i])
		}
	}
	for i := 0; i < 1500; i++ {
		v := randVal(r, 0)
		b, err := json.Marshal(v)
		mix(string(b) + fmt.Sprint(err))
		if i < 15 {
			fmt.Println(string(b), err)
		}
		var buf bytes.Buffer
		json.Indent(&buf, b, ">", " ")
		mix(buf.String())
		// mutate
		m := []byte(string(b))
		for k := r.Intn(3); k >= 0 && len(m) > 0; k-- {
			p := r.Intn(len(m))
			switch r.Intn(3) {
			case 0:
				m[p] = "{}[],:\"0-1.eE+tfn x\\u"[r.Intn(21)]
			case 1:
				m = append(m[:p], m[p+1:]...)
			default:
				m = append(m[:p], append([]byte{"{}[],:\"0e-"[r.Intn(10)]}, m[p:]...)...)
			}
		}
		var back any
		err = json.Unmarshal(m, &back)
		var s S
		err2 := json.Unmarshal(m, &s)
		sj, _ := json.Marshal(s)
		out := fmt.Sprintf("%s|%v|%v|%v|%s|%v", m, err, back, err2, sj, json.Valid(m))
		mix(out)
		if i < 40 {
			fmt.Println(out)
		}
		var cb bytes.Buffer
		mix(fmt.Sprint(json.Compact(&cb, m), cb.String()))
		d := json.NewDecoder(strings.NewReader(string(m) + " " + string(b)))
		for k := 0; k < 4; k++ {
			tok, err := d.Token()
			mix(fmt.Sprintf("%T %v %v", tok, tok, err))
			if err != nil {
				break
			}
		}
	}
	fmt.Println("hash", h)
}
