package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	dir, err := os.MkdirTemp("", "golem-link-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("shared"), 0o644)
	fmt.Println(os.Link(a, b))
	data, err := os.ReadFile(b)
	fmt.Println(string(data), err)
	os.WriteFile(a, []byte("changed"), 0o644)
	data, _ = os.ReadFile(b)
	fmt.Println(string(data))
	err = os.Link(a, b)
	var le *os.LinkError
	fmt.Println(errors.As(err, &le), le.Op, errors.Is(err, os.ErrExist))
	err = os.Link(filepath.Join(dir, "missing"), filepath.Join(dir, "c"))
	fmt.Println(errors.Is(err, os.ErrNotExist))
	os.Remove(a)
	data, _ = os.ReadFile(b)
	fmt.Println(string(data))

	// File.Chmod and File.Chdir
	f, _ := os.Create(a)
	fmt.Println(f.Chmod(0o600))
	st, _ := os.Stat(a)
	fmt.Println(st.Mode())
	f.Close()
	fmt.Println(errors.Is(f.Chmod(0o644), os.ErrClosed))
	wd, _ := os.Getwd()
	d, _ := os.Open(dir)
	fmt.Println(d.Chdir())
	here, _ := os.Getwd()
	ev, _ := filepath.EvalSymlinks(dir)
	fmt.Println(here == ev || here == dir)
	d.Close()
	fmt.Println(os.Chdir(wd))
	g, _ := os.Open(b)
	err = g.Chdir()
	fmt.Println(err != nil, errors.Is(err, os.ErrNotExist))
	g.Close()
}

// Output:
// <nil>
// shared <nil>
// changed
// true link true
// true
// changed
// <nil>
// -rw-------
// true
// <nil>
// true
// <nil>
// true false
