// csv_to_json.go - convert CSV records to JSON, with typed fields and a
// report of the rows that do not parse.
package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

const data = `id,name,price,tags,in_stock
1,"Widget, large",9.99,tools;metal,true
2,Gadget,12.50,,false
3,"Thing ""quoted""",abc,misc,true
4,Doohickey,0.5,tools,maybe
5,Gizmo,100,electronics;tools;new,true
`

type Product struct {
	ID      int      `json:"id"`
	Name    string   `json:"name"`
	Price   float64  `json:"price"`
	Tags    []string `json:"tags,omitempty"`
	InStock bool     `json:"in_stock"`
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	header, err := r.Read()
	if err != nil {
		fmt.Println("header:", err)
		return
	}
	fmt.Println("columns:", strings.Join(header, "|"))
	var products []Product
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("read:", err)
			return
		}
		var p Product
		var perr error
		if p.ID, perr = strconv.Atoi(rec[0]); perr != nil {
			fmt.Println("row", rec[0], perr)
			continue
		}
		p.Name = rec[1]
		if p.Price, perr = strconv.ParseFloat(rec[2], 64); perr != nil {
			fmt.Println("row", rec[0], perr)
			continue
		}
		if rec[3] != "" {
			p.Tags = strings.Split(rec[3], ";")
		}
		if p.InStock, perr = strconv.ParseBool(rec[4]); perr != nil {
			fmt.Println("row", rec[0], perr)
			continue
		}
		products = append(products, p)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(products); err != nil {
		fmt.Println(err)
	}
	compact, _ := json.Marshal(products[0])
	fmt.Println(string(compact))

	bad := csv.NewReader(strings.NewReader("a,b\n1,2,3\n\"x\n"))
	for {
		rec, err := bad.Read()
		if err == io.EOF {
			break
		}
		fmt.Printf("%q %v\n", rec, err)
		if err != nil && !strings.Contains(err.Error(), "wrong number") {
			break
		}
	}
}
