package main

import "fmt"

type Big interface {
	M0(); M1(); M2(); M3(); M4(); M5(); M6(); M7(); M8(); M9()
	M10(); M11(); M12(); M13(); M14(); M15(); M16(); M17(); M18(); M19()
}

type Wrap interface{ Big }

type T struct{}

func (T) M0()  {}
func (T) M1()  {}
func (T) M2()  {}
func (T) M3()  {}
func (T) M4()  {}
func (T) M5()  {}
func (T) M6()  {}
func (T) M7()  {}
func (T) M8()  {}
func (T) M9()  {}
func (T) M10() {}
func (T) M11() {}
func (T) M12() {}
func (T) M13() {}
func (T) M14() {}
func (T) M15() {}
func (T) M16() {}
func (T) M17() {}
func (T) M18() {}

type Dup interface {
	A()
	A()
}

func main() {
	var w Wrap = T{}
	fmt.Println(w)
}
