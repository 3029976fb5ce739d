package main

func main() {
	var r <-chan int
	var s chan<- int
	r <- 1
	<-s
	close(r)
	x := 5
	x <- 1
}
