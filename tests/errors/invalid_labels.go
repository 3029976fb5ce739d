package main

func main() {
L:
	if true {
		break L
	}
M:
	{
		continue M
	}
	for {
		break N
	}
}
