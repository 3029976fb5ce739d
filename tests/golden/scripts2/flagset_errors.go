// flagset_errors.go - a subcommand CLI built on flag.FlagSet with
// ContinueOnError: good and bad command lines, usage to stdout.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	if v == "" {
		return errors.New("empty tag")
	}
	*l = append(*l, v)
	return nil
}

func run(args []string) error {
	fs := flag.NewFlagSet("deploy", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	env := fs.String("env", "staging", "target `environment`")
	replicas := fs.Int("replicas", 1, "number of replicas")
	timeout := fs.Duration("timeout", 30*time.Second, "rollout timeout")
	dry := fs.Bool("dry-run", false, "print the plan only")
	var tags listFlag
	fs.Var(&tags, "tag", "add a tag (repeatable)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	fmt.Printf("env=%s replicas=%d timeout=%v dry=%v tags=%v rest=%q\n", *env, *replicas, *timeout, *dry, tags, fs.Args())
	fs.Visit(func(f *flag.Flag) { fmt.Printf("  set: %s=%s\n", f.Name, f.Value) })
	return nil
}

func main() {
	lines := [][]string{
		{"-env", "prod", "-replicas=3", "--tag", "a", "-tag=b", "svc1", "svc2"},
		{"-dry-run", "-timeout", "90s", "--", "-notaflag"},
		{"-replicas", "many"},
		{"-timeout", "soon"},
		{"-tag", ""},
		{"-verbose"},
		{"-env"},
		{"-h"},
	}
	for _, l := range lines {
		fmt.Println("$ deploy", strings.Join(l, " "))
		if err := run(l); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Println("(help requested)")
			} else {
				fmt.Println("error:", err)
			}
		}
	}
}
