// vending_machine is an event-driven state machine: events are distinct
// struct types behind an interface and the machine dispatches on them with
// a type switch, tracking coins, stock and change.
package main

import (
	"fmt"
	"sort"
)

type Event interface{ isEvent() }

type Coin struct{ Cents int }
type Select struct{ Slot string }
type Cancel struct{}
type Restock struct {
	Slot  string
	Count int
}

func (Coin) isEvent()    {}
func (Select) isEvent()  {}
func (Cancel) isEvent()  {}
func (Restock) isEvent() {}

type state int

const (
	idle state = iota
	collecting
	outOfOrder
)

func (s state) String() string { return [...]string{"idle", "collecting", "out-of-order"}[s] }

type Machine struct {
	st     state
	credit int
	prices map[string]int
	stock  map[string]int
	sales  int
}

func change(amount int) []int {
	var out []int
	for _, c := range []int{100, 25, 10, 5} {
		for amount >= c {
			out = append(out, c)
			amount -= c
		}
	}
	return out
}

func (m *Machine) Handle(e Event) string {
	if m.st == outOfOrder {
		if r, ok := e.(Restock); ok {
			m.stock[r.Slot] += r.Count
			m.st = idle
			return fmt.Sprintf("restocked %s, back in service", r.Slot)
		}
		return "out of order"
	}
	switch ev := e.(type) {
	case Coin:
		switch ev.Cents {
		case 5, 10, 25, 100:
			m.credit += ev.Cents
			m.st = collecting
			return fmt.Sprintf("credit %d", m.credit)
		}
		return fmt.Sprintf("rejected coin %d", ev.Cents)
	case Select:
		price, ok := m.prices[ev.Slot]
		switch {
		case !ok:
			return "no slot " + ev.Slot
		case m.stock[ev.Slot] == 0:
			return ev.Slot + " sold out"
		case m.credit < price:
			return fmt.Sprintf("insert %d more", price-m.credit)
		}
		m.stock[ev.Slot]--
		m.sales += price
		ch := change(m.credit - price)
		m.credit, m.st = 0, idle
		empty := true
		for _, n := range m.stock {
			if n > 0 {
				empty = false
			}
		}
		if empty {
			m.st = outOfOrder
		}
		return fmt.Sprintf("vend %s, change %v", ev.Slot, ch)
	case Cancel:
		ch := change(m.credit)
		m.credit, m.st = 0, idle
		return fmt.Sprintf("refund %v", ch)
	case Restock:
		m.stock[ev.Slot] += ev.Count
		return "restocked " + ev.Slot
	default:
		return fmt.Sprintf("unknown event %T", ev)
	}
}

type Kick struct{}

func (Kick) isEvent() {}

func main() {
	m := &Machine{prices: map[string]int{"A1": 65, "B2": 100}, stock: map[string]int{"A1": 2, "B2": 1}}
	events := []Event{Select{"A1"}, Coin{25}, Coin{3}, Coin{25}, Select{"A1"}, Coin{25},
		Select{"A1"}, Coin{100}, Coin{10}, Cancel{}, Coin{100}, Select{"C9"}, Select{"B2"},
		Kick{}, Coin{100}, Select{"B2"}, Select{"A1"}, Coin{5}, Restock{"B2", 3}, Coin{100}, Select{"B2"}}
	for i, e := range events {
		out := m.Handle(e)
		fmt.Printf("%2d %-8s %-10s %-32s -> %v\n", i, fmt.Sprintf("%T", e)[5:], fmt.Sprint(e), out, m.st)
	}
	slots := make([]string, 0)
	for s := range m.stock {
		slots = append(slots, s)
	}
	sort.Strings(slots)
	for _, s := range slots {
		fmt.Printf("%s: %d left\n", s, m.stock[s])
	}
	fmt.Printf("sales: $%d.%02d\n", m.sales/100, m.sales%100)
}
