package main

func main() {
	s := []int{1}
	go len(s)
	go append(s, 2)
	go int(3)
	go new(int)
}
