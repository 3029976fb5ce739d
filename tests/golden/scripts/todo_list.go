// todo_list processes a script of todo-list commands (add, done, undo,
// prio, rm, list) with a command table of method values and errors.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Todo struct {
	ID   int
	Text string
	Done bool
	Prio int
}

type List struct {
	items  []*Todo
	nextID int
}

var ErrNoSuchItem = errors.New("no such item")

func (l *List) find(arg string) (*Todo, int, error) {
	id, err := strconv.Atoi(arg)
	if err != nil {
		return nil, -1, fmt.Errorf("bad id %q: %w", arg, err)
	}
	for i, t := range l.items {
		if t.ID == id {
			return t, i, nil
		}
	}
	return nil, -1, fmt.Errorf("item %d: %w", id, ErrNoSuchItem)
}

func (l *List) Add(args []string) error {
	if len(args) == 0 {
		return errors.New("add: empty text")
	}
	l.nextID++
	l.items = append(l.items, &Todo{ID: l.nextID, Text: strings.Join(args, " ")})
	return nil
}

func (l *List) setDone(done bool) func([]string) error {
	return func(args []string) error {
		for _, a := range args {
			t, _, err := l.find(a)
			if err != nil {
				return err
			}
			t.Done = done
		}
		return nil
	}
}

func (l *List) Prio(args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("prio: want 2 args, got %d", len(args))
	}
	t, _, err := l.find(args[0])
	if err != nil {
		return err
	}
	t.Prio, err = strconv.Atoi(args[1])
	return err
}

func (l *List) Rm(args []string) error {
	for _, a := range args {
		_, i, err := l.find(a)
		if err != nil {
			return err
		}
		l.items = append(l.items[:i], l.items[i+1:]...)
	}
	return nil
}

func (l *List) List([]string) error {
	view := append([]*Todo(nil), l.items...)
	sort.SliceStable(view, func(i, j int) bool {
		if view[i].Done != view[j].Done {
			return !view[i].Done
		}
		return view[i].Prio > view[j].Prio
	})
	for _, t := range view {
		mark := " "
		if t.Done {
			mark = "x"
		}
		fmt.Printf("  [%s] #%d %-22s %s\n", mark, t.ID, t.Text, strings.Repeat("!", t.Prio))
	}
	return nil
}

const script = `add buy milk
add write report
add call mom
add fix bike
prio 2 3
prio 4 1
done 1 3
list
undo 3
rm 4
done 7
prio 2
prio 2 high
rm x
frobnicate
add
list`

func main() {
	l := &List{}
	commands := map[string]func([]string) error{
		"add": l.Add, "done": l.setDone(true), "undo": l.setDone(false),
		"prio": l.Prio, "rm": l.Rm, "list": l.List,
	}
	for n, line := range strings.Split(script, "\n") {
		f := strings.Fields(line)
		fmt.Printf("%2d> %s\n", n+1, line)
		cmd, ok := commands[f[0]]
		if !ok {
			fmt.Println("    unknown command", f[0])
			continue
		}
		if err := cmd(f[1:]); err != nil {
			fmt.Printf("    error: %v (missing=%t)\n", err, errors.Is(err, ErrNoSuchItem))
		}
	}
	fmt.Println(len(l.items), "items left, next id", l.nextID+1)
}
