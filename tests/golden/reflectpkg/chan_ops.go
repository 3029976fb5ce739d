package main

import (
	"fmt"
	"reflect"
)

func main() {
	ct := reflect.ChanOf(reflect.BothDir, reflect.TypeOf(""))
	fmt.Println(ct, ct == reflect.TypeOf(make(chan string)), reflect.ChanOf(reflect.RecvDir, reflect.TypeOf(0)), reflect.ChanOf(reflect.SendDir, reflect.TypeOf(0)))
	c := reflect.MakeChan(ct, 2)
	c.Send(reflect.ValueOf("a"))
	fmt.Println(c.TrySend(reflect.ValueOf("b")), c.TrySend(reflect.ValueOf("c")), c.Len(), c.Cap())
	v, ok := c.Recv()
	fmt.Println(v, ok)
	v, ok = c.TryRecv()
	fmt.Println(v, ok)
	v, ok = c.TryRecv()
	fmt.Println(v.IsValid(), ok)
	c.Close()
	v, ok = c.Recv()
	fmt.Printf("%q %v\n", v, ok)

	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			reflect.ValueOf(ch).Send(reflect.ValueOf(i * 10))
		}
		close(ch)
	}()
	for {
		x, ok := reflect.ValueOf(ch).Recv()
		if !ok {
			break
		}
		fmt.Println("got", x.Int())
	}
	ro := reflect.ValueOf((<-chan int)(make(chan int)))
	defer func() { fmt.Println("recovered:", recover()) }()
	ro.Send(reflect.ValueOf(1))
}
