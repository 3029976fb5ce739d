// method_values shows the HandlerFunc pattern of net/http-style routers,
// method values bound to receivers, method expressions, and functions
// stored in maps and struct fields.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Path   string
	Method string
}

type Handler interface {
	Serve(r *Request) string
}

type HandlerFunc func(r *Request) string

func (f HandlerFunc) Serve(r *Request) string { return f(r) }

type Router struct {
	routes map[string]Handler
}

func (rt *Router) Handle(path string, h Handler) { rt.routes[path] = h }
func (rt *Router) HandleFunc(path string, f func(*Request) string) {
	rt.Handle(path, HandlerFunc(f))
}

func (rt *Router) Serve(r *Request) string {
	if h, ok := rt.routes[r.Path]; ok {
		return h.Serve(r)
	}
	return "404 " + r.Path
}

type Counter struct {
	name string
	hits int
}

func (c *Counter) Serve(r *Request) string {
	c.hits++
	return fmt.Sprintf("%s hit %d (%s)", c.name, c.hits, r.Method)
}

func (c Counter) Describe(prefix string) string { return prefix + c.name }

func logging(next Handler) Handler {
	return HandlerFunc(func(r *Request) string {
		return "[log " + r.Method + " " + r.Path + "] " + next.Serve(r)
	})
}

type Temp float64

func (t Temp) F() float64 { return float64(t)*9/5 + 32 }

func main() {
	rt := &Router{routes: map[string]Handler{}}
	home := &Counter{name: "home"}
	rt.Handle("/", home)
	rt.HandleFunc("/hello", func(r *Request) string { return "hello, " + strings.ToLower(r.Method) })
	rt.Handle("/logged", logging(home))
	api := &Router{routes: map[string]Handler{}}
	api.HandleFunc("/nested", func(r *Request) string { return "api saw " + r.Method })
	rt.Handle("/nested", api) // a router is a Handler too

	for _, p := range []string{"/", "/hello", "/logged", "/missing", "/"} {
		fmt.Println(rt.Serve(&Request{p, "GET"}))
	}
	fmt.Println(rt.Serve(&Request{"/nested", "POST"}))

	serve := home.Serve // method value: bound to home
	res := serve(&Request{"/", "PUT"})
	fmt.Println(res, home.hits)

	describe := Counter.Describe // method expression: receiver first
	fmt.Println(describe(*home, "name="))
	pserve := (*Counter).Serve
	other := &Counter{name: "other"}
	fmt.Println(pserve(other, &Request{"/x", "DELETE"}))

	desc := home.Describe // copies *home now
	home.name = "renamed"
	fmt.Println(desc("bound: "), home.Describe("live: "))

	conv := map[string]func(Temp) float64{"F": Temp.F, "C": func(t Temp) float64 { return float64(t) }}
	keys := make([]string, 0, len(conv))
	for k := range conv {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("100 -> %s %.1f\n", k, conv[k](100))
	}
	fs := []func() float64{Temp(0).F, Temp(-40).F, Temp(37).F}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Printf("%T | %T | %T\n", describe, pserve, HandlerFunc(nil))
}
