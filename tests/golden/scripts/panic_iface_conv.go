// panic_iface_conv walks a decoded config tree of interface{} values; one
// field has an unexpected dynamic type, and the unchecked type assertion
// panics with Go's "interface conversion" runtime error and exit status 2.
package main

import (
	"fmt"
	"sort"
)

type Node = map[string]interface{}

func keys(n Node) []string {
	ks := make([]string, 0, len(n))
	for k := range n {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func port(n Node) int {
	if p, ok := n["port"].(int); ok {
		return p
	}
	return 80
}

func replicas(svc Node) int {
	return svc["replicas"].(int) // trusts the config: no comma-ok
}

func summarize(cfg Node) {
	services := cfg["services"].(Node)
	total := 0
	for _, name := range keys(services) {
		svc := services[name].(Node)
		r := replicas(svc)
		total += r
		fmt.Printf("%-8s port %-5d replicas %d\n", name, port(svc), r)
	}
	fmt.Println("total replicas:", total)
}

func main() {
	cfg := Node{
		"version": 2,
		"services": Node{
			"api":    Node{"port": 8080, "replicas": 3},
			"cache":  Node{"replicas": 1},
			"db":     Node{"port": 5432, "replicas": 1},
			"worker": Node{"replicas": "4"},
		},
	}
	fmt.Println("config version", cfg["version"])
	summarize(cfg)
}
