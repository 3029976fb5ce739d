package main
import "fmt"
func main() {
	s := []interface{}{nil}
	s[0] = s
	fmt.Println(s)
}
