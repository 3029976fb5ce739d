package main

import (
	"encoding/json"
	"fmt"
)

type Node struct {
	V    int
	Next *Node
}

func main() {
	n := &Node{V: 1}
	n.Next = n
	_, err := json.Marshal(n)
	fmt.Println(err)
	m := map[string]interface{}{}
	m["self"] = m
	_, err = json.Marshal(m)
	fmt.Println(err)
	s := []interface{}{nil}
	s[0] = s
	_, err = json.Marshal(s)
	fmt.Println(err)
	deep := &Node{}
	cur := deep
	for i := 0; i < 1500; i++ {
		cur.Next = &Node{V: i}
		cur = cur.Next
	}
	b, err := json.Marshal(deep)
	fmt.Println(len(b), err)
}
