// bank_ledger applies a list of transactions to accounts and reports
// failures with custom error types, wrapped errors, errors.Is and errors.As.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrFrozen = errors.New("account frozen")

type InsufficientFunds struct {
	Account string
	Need    int64
	Have    int64
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds in %s: need %d, have %d", e.Account, e.Need, e.Have)
}

type UnknownAccount string

func (u UnknownAccount) Error() string { return "unknown account " + strconv.Quote(string(u)) }

type Account struct {
	Name    string
	Balance int64
	Frozen  bool
}

type Bank struct {
	accounts map[string]*Account
	order    []string
}

func NewBank() *Bank { return &Bank{accounts: map[string]*Account{}} }

func (b *Bank) Open(name string, initial int64) {
	b.accounts[name] = &Account{Name: name, Balance: initial}
	b.order = append(b.order, name)
}

func (b *Bank) get(name string) (*Account, error) {
	a, ok := b.accounts[name]
	if !ok {
		return nil, UnknownAccount(name)
	}
	if a.Frozen {
		return nil, fmt.Errorf("%s: %w", name, ErrFrozen)
	}
	return a, nil
}

func (b *Bank) Transfer(from, to string, amount int64) error {
	src, err := b.get(from)
	if err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	dst, err := b.get(to)
	if err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	if src.Balance < amount {
		return fmt.Errorf("transfer %s->%s: %w", from, to,
			&InsufficientFunds{from, amount, src.Balance})
	}
	src.Balance -= amount
	dst.Balance += amount
	return nil
}

const journal = `alice bob 30
bob carol 500
carol alice 5
dave alice 10
alice bob 100
bob erin 1
carol bob 20`

func main() {
	bank := NewBank()
	bank.Open("alice", 100)
	bank.Open("bob", 50)
	bank.Open("carol", 75)
	bank.Open("erin", 0)
	bank.accounts["erin"].Frozen = true

	failures := 0
	for i, line := range strings.Split(journal, "\n") {
		f := strings.Fields(line)
		amt, _ := strconv.ParseInt(f[2], 10, 64)
		err := bank.Transfer(f[0], f[1], amt)
		if err == nil {
			fmt.Printf("#%d ok   %-5s -> %-5s %4d\n", i+1, f[0], f[1], amt)
			continue
		}
		failures++
		fmt.Printf("#%d FAIL %v\n", i+1, err)
		var insuf *InsufficientFunds
		var unk UnknownAccount
		switch {
		case errors.As(err, &insuf):
			fmt.Printf("    short by %d\n", insuf.Need-insuf.Have)
		case errors.As(err, &unk):
			fmt.Printf("    who is %s?\n", string(unk))
		case errors.Is(err, ErrFrozen):
			fmt.Println("    frozen; call the branch")
		}
	}
	fmt.Println("failures:", failures)
	total := int64(0)
	for _, name := range bank.order {
		a := bank.accounts[name]
		total += a.Balance
		fmt.Printf("%-6s %5d frozen=%v\n", a.Name, a.Balance, a.Frozen)
	}
	fmt.Println("total:", total)
	fmt.Println(errors.Unwrap(fmt.Errorf("x: %w", ErrFrozen)) == ErrFrozen)
}
