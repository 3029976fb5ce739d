package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Now()
	fmt.Println(time.DateTime, t.Compare(t))
}
