package main

import (
	"errors"
	"fmt"
	"strconv"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.Code) }

type Wrap struct {
	msg string
	err error
}

func (w Wrap) Error() string { return w.msg + ": " + w.err.Error() }
func (w Wrap) Unwrap() error { return w.err }

var ErrNotFound = errors.New("not found")

type isErr struct{}

func (isErr) Error() string        { return "isErr" }
func (isErr) Is(target error) bool { return target == ErrNotFound }

func find(k int) error {
	if k == 0 {
		return Wrap{"find", &MyErr{42}}
	}
	if k == 1 {
		return fmt.Errorf("lookup %d: %w", k, ErrNotFound)
	}
	return nil
}

func main() {
	err := find(0)
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println("as:", me.Code, me)
	}
	fmt.Println(errors.Is(find(1), ErrNotFound), errors.Is(find(0), ErrNotFound))
	fmt.Println(errors.Unwrap(find(0)))
	fmt.Println(errors.Is(isErr{}, ErrNotFound))
	_, e2 := strconv.Atoi("zz")
	wrapped := fmt.Errorf("config: %w", e2)
	var ne *strconv.NumError
	if errors.As(wrapped, &ne) {
		fmt.Println("numerror:", ne.Func, ne.Num, ne.Err)
	}
	fmt.Println(errors.Is(wrapped, strconv.ErrSyntax))
	var target error
	fmt.Println(errors.As(wrapped, &target), target)
	fmt.Println(errors.As(errors.New("x"), &me))
	defer func() { fmt.Println("recovered:", recover()) }()
	errors.As(err, nil)
}
