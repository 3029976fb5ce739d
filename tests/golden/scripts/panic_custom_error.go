// panic_custom_error validates a migration plan; on an impossible state it
// panics with a custom error value (a pointer to a struct implementing
// error). A recover in one layer logs and re-panics with the same value, so
// Go prints the Error() text twice, the first marked "[recovered]", and
// exits 2.
package main

import (
	"fmt"
	"strings"
)

type MigrationError struct {
	Step    int
	Version string
	Reason  string
}

func (e *MigrationError) Error() string {
	return fmt.Sprintf("migration step %d (%s): %s", e.Step, e.Version, e.Reason)
}

type Plan struct {
	steps   []string
	applied map[string]bool
}

func (p *Plan) apply(i int, v string) {
	deps := strings.Split(v, "<")
	if len(deps) == 2 && !p.applied[deps[1]] {
		panic(&MigrationError{i, deps[0], "depends on unapplied " + deps[1]})
	}
	p.applied[deps[0]] = true
	fmt.Printf("applied %s\n", deps[0])
}

func (p *Plan) Run() {
	defer func() {
		if r := recover(); r != nil {
			if me, ok := r.(*MigrationError); ok {
				fmt.Printf("rolling back after step %d\n", me.Step)
			}
			panic(r)
		}
	}()
	for i, s := range p.steps {
		p.apply(i+1, s)
	}
}

func main() {
	p := &Plan{
		steps:   []string{"v1", "v2<v1", "v3<v2", "v5<v4", "v6<v5"},
		applied: map[string]bool{},
	}
	fmt.Println("running", len(p.steps), "steps")
	p.Run()
	fmt.Println("done")
}
