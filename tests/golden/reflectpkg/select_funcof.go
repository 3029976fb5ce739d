package main

import (
	"fmt"
	"reflect"
	"sort"
)

func main() {
	// fan-in over a dynamic set of channels
	chans := make([]chan int, 3)
	for i := range chans {
		chans[i] = make(chan int)
		go func(i int, c chan int) {
			for j := 0; j < 2; j++ {
				c <- i*10 + j
			}
			close(c)
		}(i, chans[i])
	}
	cases := make([]reflect.SelectCase, len(chans))
	for i, c := range chans {
		cases[i] = reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c)}
	}
	var got []int
	for open := len(cases); open > 0; {
		i, v, ok := reflect.Select(cases)
		if !ok {
			cases[i].Chan = reflect.Value{}
			open--
			continue
		}
		got = append(got, int(v.Int()))
	}
	sort.Ints(got)
	fmt.Println(got)

	out := make(chan string, 1)
	sc := []reflect.SelectCase{
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(out), Send: reflect.ValueOf("hello")},
		{Dir: reflect.SelectDefault},
	}
	i, v, ok := reflect.Select(sc)
	fmt.Println(i, v.IsValid(), ok, <-out)
	out <- "full"
	i, _, _ = reflect.Select(sc)
	fmt.Println(i)
	try := func(name string, cs []reflect.SelectCase) {
		defer func() { fmt.Println(name, recover()) }()
		reflect.Select(cs)
	}
	try("two defaults", []reflect.SelectCase{{Dir: reflect.SelectDefault}, {Dir: reflect.SelectDefault}})
	try("bad dir", []reflect.SelectCase{{Dir: 9}})
	try("missing send", []reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(out)}})
	try("recv with send", []reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(out), Send: reflect.ValueOf("x")}})

	ft := reflect.FuncOf([]reflect.Type{reflect.TypeOf(0), reflect.TypeOf([]string{})}, []reflect.Type{reflect.TypeOf(true)}, true)
	fmt.Println(ft, ft.IsVariadic(), ft == reflect.TypeOf(func(int, ...string) bool { return false }))
	fmt.Println(reflect.FuncOf(nil, nil, false))
	at := reflect.ArrayOf(4, reflect.TypeOf(byte(0)))
	fmt.Println(at, at.Len(), at.Size(), at == reflect.TypeOf([4]byte{}))
	arr := reflect.New(reflect.ArrayOf(3, reflect.TypeOf(""))).Elem()
	arr.Index(1).SetString("mid")
	fmt.Printf("%q\n", arr.Interface())
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.FuncOf([]reflect.Type{reflect.TypeOf(0)}, nil, true)
	}()
}
