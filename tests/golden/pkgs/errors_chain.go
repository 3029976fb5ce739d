package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

type TempErr struct{ op string }

func (e TempErr) Error() string   { return "temporary failure in " + e.op }
func (e TempErr) Temporary() bool { return true }

type QueryErr struct {
	Query string
	Err   error
}

func (e *QueryErr) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryErr) Unwrap() error { return e.Err }

func run(step int) error {
	switch step {
	case 0:
		return &QueryErr{"select", TempErr{"read"}}
	case 1:
		return fmt.Errorf("step %d: %w", step, &QueryErr{"insert", io.EOF})
	case 2:
		_, err := strconv.ParseInt("99999999999999999999", 10, 64)
		return fmt.Errorf("parse: %w", err)
	}
	return nil
}

func main() {
	for step := 0; step < 4; step++ {
		err := run(step)
		fmt.Println("err:", err)
		var te TempErr
		var qe *QueryErr
		var ne *strconv.NumError
		fmt.Println(" as TempErr:", errors.As(err, &te), te.op)
		if errors.As(err, &qe) {
			fmt.Println(" as QueryErr:", qe.Query)
		}
		if errors.As(err, &ne) {
			fmt.Println(" as NumError:", ne.Func, ne.Num, ne.Err == strconv.ErrRange)
		}
		fmt.Println(" is EOF:", errors.Is(err, io.EOF), "is ErrRange:", errors.Is(err, strconv.ErrRange))
		fmt.Println(" unwrap:", errors.Unwrap(err))
	}
}
