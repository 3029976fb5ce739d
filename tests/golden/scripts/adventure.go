// adventure runs a tiny text adventure as a state machine driven by an
// embedded list of commands.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type State int

const (
	Hall State = iota
	Library
	Cellar
	Garden
	Won
)

var stateNames = [...]string{"Hall", "Library", "Cellar", "Garden", "Won"}

func (s State) String() string { return stateNames[s] }

type exit struct {
	dir  string
	to   State
	need string
}

type Game struct {
	at        State
	inventory map[string]bool
	items     map[State][]string
	exits     map[State][]exit
	moves     int
}

func newGame() *Game {
	return &Game{
		at:        Hall,
		inventory: map[string]bool{},
		items: map[State][]string{
			Library: {"key", "book"},
			Cellar:  {"lamp"},
		},
		exits: map[State][]exit{
			Hall:    {{"north", Library, ""}, {"down", Cellar, "lamp"}, {"east", Garden, "key"}},
			Library: {{"south", Hall, ""}},
			Cellar:  {{"up", Hall, ""}},
			Garden:  {{"west", Hall, ""}, {"gate", Won, "book"}},
		},
	}
}

func (g *Game) do(cmd string) string {
	g.moves++
	words := strings.Fields(cmd)
	if len(words) == 0 {
		return "say something"
	}
	switch words[0] {
	case "look":
		var dirs []string
		for _, e := range g.exits[g.at] {
			dirs = append(dirs, e.dir)
		}
		return fmt.Sprintf("%v: exits %v, items %v", g.at, dirs, g.items[g.at])
	case "take":
		if len(words) < 2 {
			return "take what?"
		}
		items := g.items[g.at]
		for i, it := range items {
			if it == words[1] {
				g.items[g.at] = append(items[:i:i], items[i+1:]...)
				g.inventory[it] = true
				return "taken " + it
			}
		}
		return "no " + words[1] + " here"
	case "inv":
		var names []string
		for k := range g.inventory {
			names = append(names, k)
		}
		sort.Strings(names)
		return "carrying: " + strings.Join(names, ", ")
	case "go":
		for _, e := range g.exits[g.at] {
			if len(words) > 1 && e.dir == words[1] {
				if e.need != "" && !g.inventory[e.need] {
					return "you need the " + e.need
				}
				g.at = e.to
				return "you enter the " + strings.ToLower(g.at.String())
			}
		}
		return "you can't go that way"
	}
	return fmt.Sprintf("I don't know how to %q", words[0])
}

func main() {
	script := []string{"look", "go down", "go north", "look", "take key", "take sword",
		"go south", "go east", "look", "go gate", "go west", "go north", "take book",
		"inv", "go south", "go east", "dance", "go gate"}
	g := newGame()
	for _, cmd := range script {
		fmt.Printf("> %-10s %s\n", cmd, g.do(cmd))
		if g.at == Won {
			fmt.Printf("You won in %d moves!\n", g.moves)
			break
		}
	}
	fmt.Printf("final state: %v (%d)\n", g.at, g.at)
}
