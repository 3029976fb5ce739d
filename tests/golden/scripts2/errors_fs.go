// errors_fs.go - error handling around the file system: wrapping with %w,
// errors.Is / errors.As through chains, *fs.PathError fields, custom
// error types, errors.Join-free multi-error reporting.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

type ConfigError struct {
	File string
	Line int
	Err  error
}

func (e *ConfigError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *ConfigError) Unwrap() error { return e.Err }

var ErrBadValue = errors.New("bad value")

func load(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("load config: %w", err)
	}
	for i, l := range strings.Split(string(data), "\n") {
		if strings.Contains(l, "??") {
			return &ConfigError{filepath.Base(path), i + 1, fmt.Errorf("%w %q", ErrBadValue, l)}
		}
	}
	return nil
}

func main() {
	dir, _ := os.MkdirTemp("", "errs")
	defer os.RemoveAll(dir)
	hide := func(s string) string { return strings.ReplaceAll(s, dir, "$DIR") }
	good := filepath.Join(dir, "good.conf")
	bad := filepath.Join(dir, "bad.conf")
	os.WriteFile(good, []byte("a=1\nb=2\n"), 0o644)
	os.WriteFile(bad, []byte("a=1\nb=??\n"), 0o644)

	for _, p := range []string{good, bad, filepath.Join(dir, "missing.conf"), dir} {
		err := load(p)
		fmt.Println(hide(fmt.Sprint(err)))
		if err == nil {
			continue
		}
		var pe *fs.PathError
		var ce *ConfigError
		switch {
		case errors.As(err, &pe):
			fmt.Printf("  path error: op=%s path=%s err=%v notexist=%v\n", pe.Op, hide(pe.Path), pe.Err, errors.Is(err, fs.ErrNotExist))
		case errors.As(err, &ce):
			fmt.Printf("  config error at line %d, bad value: %v\n", ce.Line, errors.Is(err, ErrBadValue))
		}
		fmt.Println("  unwrapped:", hide(fmt.Sprint(errors.Unwrap(err))))
	}
	err := os.Remove(dir)
	fmt.Println(hide(err.Error()))
	err = os.Mkdir(dir, 0o755)
	fmt.Println(hide(err.Error()), os.IsExist(err), errors.Is(err, os.ErrExist))
	_, err = os.ReadDir(good)
	fmt.Println(hide(fmt.Sprint(err)))
	err = os.WriteFile(filepath.Join(dir, "no", "such", "f"), nil, 0o644)
	fmt.Println(hide(err.Error()), os.IsNotExist(err))
	err = os.Rename(filepath.Join(dir, "x"), filepath.Join(dir, "y"))
	var le *os.LinkError
	fmt.Println(hide(err.Error()), errors.As(err, &le), le != nil && le.Op == "rename")
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", fs.ErrPermission))
	fmt.Println(wrapped, errors.Is(wrapped, os.ErrPermission), errors.Is(wrapped, fs.ErrNotExist))
}
