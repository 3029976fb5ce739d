// stack_vm assembles and runs a tiny stack language; faults are VMErrors.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Opcode byte

const (
	PUSH Opcode = iota
	ADD
	SUB
	MUL
	DIV
	DUP
	SWAP
	OVER
	JZ
	JMP
	PRINT
)

var opNames = []string{"PUSH", "ADD", "SUB", "MUL", "DIV", "DUP", "SWAP", "OVER", "JZ", "JMP", "PRINT"}

func (o Opcode) String() string { return opNames[o] }

var arity = map[Opcode]int{ADD: 2, SUB: 2, MUL: 2, DIV: 2, SWAP: 2, OVER: 2, DUP: 1, JZ: 1, PRINT: 1}

var arith = map[Opcode]func(a, b int) int{
	ADD: func(a, b int) int { return a + b },
	SUB: func(a, b int) int { return a - b },
	MUL: func(a, b int) int { return a * b },
	DIV: func(a, b int) int { return a / b },
}

type VM struct {
	code, stack []int
	pc, steps   int
	out         []string
}

type VMError struct {
	PC  int
	Op  Opcode
	Msg string
}

func (e *VMError) Error() string { return fmt.Sprintf("pc=%d %v: %s", e.PC, e.Op, e.Msg) }

func assemble(src string) ([]int, error) {
	labels := map[string]int{}
	var words []string
	for _, line := range strings.Split(src, "\n") {
		if i := strings.Index(line, ";"); i >= 0 {
			line = line[:i]
		}
		for _, w := range strings.Fields(line) {
			if strings.HasSuffix(w, ":") {
				labels[strings.TrimSuffix(w, ":")] = len(words)
			} else {
				words = append(words, w)
			}
		}
	}
	code := make([]int, 0, len(words))
	for _, w := range words {
		n, err := strconv.Atoi(w)
		if addr, ok := labels[w]; ok {
			n, err = addr, nil
		}
		for i, name := range opNames {
			if strings.EqualFold(name, w) {
				n, err = i, nil
			}
		}
		if err != nil {
			return nil, fmt.Errorf("assemble: unknown word %q", w)
		}
		code = append(code, n)
	}
	return code, nil
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }
func (vm *VM) pop() int {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run() error {
	for vm.pc < len(vm.code) {
		op := Opcode(vm.code[vm.pc])
		vm.steps++
		if len(vm.stack) < arity[op] {
			return &VMError{vm.pc, op, "stack underflow"}
		}
		vm.pc++
		n := len(vm.stack)
		switch op {
		case PUSH:
			vm.push(vm.code[vm.pc])
			vm.pc++
		case ADD, SUB, MUL, DIV:
			b, a := vm.pop(), vm.pop()
			if op == DIV && b == 0 {
				return &VMError{vm.pc - 1, op, "division by zero"}
			}
			vm.push(arith[op](a, b))
		case DUP:
			vm.push(vm.stack[n-1])
		case OVER:
			vm.push(vm.stack[n-2])
		case SWAP:
			vm.stack[n-1], vm.stack[n-2] = vm.stack[n-2], vm.stack[n-1]
		case JZ, JMP:
			if vm.pc++; op == JMP || vm.pop() == 0 {
				vm.pc = vm.code[vm.pc-1]
			}
		case PRINT:
			vm.out = append(vm.out, strconv.Itoa(vm.pop()))
		}
	}
	return nil
}

var programs = []string{
	"push 2 push 3 add push 4 mul print",
	`push 1 push 10 ; factorial: the stack holds acc n
	loop: dup jz end swap over mul swap push 1 sub jmp loop
	end: add print ; n is 0 here`,
	"push 5 top: dup print push 1 sub dup jz done jmp top done:",
	"push 1 push 0 div print",
	"push 1 add",
	"push 1 frobnicate",
}

func main() {
	for i, src := range programs {
		code, err := assemble(src)
		vm := &VM{code: code}
		if err == nil {
			err = vm.Run()
		}
		fmt.Printf("prog %d: out=[%s] steps=%d stack=%v err=%v\n", i, strings.Join(vm.out, " "), vm.steps, vm.stack, err)
	}
}
