package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	fsys := os.DirFS("tests/data/tree")
	for _, p := range []string{"*", "*.md", "a/*", "*/*.txt", "*/*/*.go", "a/b/two.go", "missing", "?/*", "[ab]/one.txt", "[", "a/[", "*/[", "a/b/*"} {
		m, err := fs.Glob(fsys, p)
		fmt.Printf("%-12s %q %v\n", p, m, err)
	}

	sub, err := fs.Sub(fsys, "a")
	fmt.Println(err)
	data, err := fs.ReadFile(sub, "one.txt")
	fmt.Printf("%q %v\n", data, err)
	ents, err := fs.ReadDir(sub, ".")
	for _, e := range ents {
		fmt.Println(e.Name(), e.IsDir())
	}
	fmt.Println(err)
	_, err = fs.ReadFile(sub, "nope.txt")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	_, err = sub.Open("../top.md")
	fmt.Println(err, errors.Is(err, fs.ErrInvalid))
	m, err := fs.Glob(sub, "*/*")
	fmt.Println(m, err)
	m, err = fs.Glob(sub, "*")
	fmt.Println(m, err)

	sub2, err := fs.Sub(sub, "b")
	fmt.Println(err)
	data, err = fs.ReadFile(sub2, "two.go")
	fmt.Println(len(data) > 0, err)
	fs.WalkDir(sub2, ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("walk", p, d.IsDir(), err)
		return nil
	})
	same, err := fs.Sub(fsys, ".")
	fmt.Println(same == fsys, err)
	_, err = fs.Sub(fsys, "/abs")
	fmt.Println(err)
	_, err = fs.Sub(fsys, "a/../c")
	fmt.Println(err)
	st, err := fs.Stat(sub, "b")
	fmt.Println(st.Name(), st.IsDir(), err)
}

// Output:
// *            ["a" "c" "top.md"] <nil>
// *.md         ["top.md"] <nil>
// a/*          ["a/b" "a/one.txt"] <nil>
// */*.txt      ["a/one.txt" "c/three.txt"] <nil>
// */*/*.go     ["a/b/two.go"] <nil>
// a/b/two.go   ["a/b/two.go"] <nil>
// missing      [] <nil>
// ?/*          ["a/b" "a/one.txt" "c/three.txt"] <nil>
// [ab]/one.txt ["a/one.txt"] <nil>
// [            [] syntax error in pattern
// a/[          [] syntax error in pattern
// */[          [] syntax error in pattern
// a/b/*        ["a/b/two.go"] <nil>
// <nil>
// "one\n" <nil>
// b true
// one.txt false
// <nil>
// open tests/data/tree/a/nope.txt: no such file or directory true
// open ../top.md: invalid name false
// [b/two.go] <nil>
// [b one.txt] <nil>
// <nil>
// true <nil>
// walk . true <nil>
// walk two.go false <nil>
// true <nil>
// sub /abs: invalid name
// sub a/../c: invalid name
// b true <nil>
