package main

func main() {
	var x interface{} = 1
	switch x.(type) {
	case int, string:
	case int:
	case nil, nil:
	}
}
