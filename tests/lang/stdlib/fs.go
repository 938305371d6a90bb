package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	fsys := os.DirFS("tests/data/tree")
	data, err := fs.ReadFile(fsys, "a/one.txt")
	fmt.Printf("%q %v\n", data, err)
	_, err = fs.ReadFile(fsys, "a/missing.txt")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	// (go1.19 names the operation "stat" here, newer Go "open")
	_, err = fsys.Open("../escape")
	fmt.Println(errors.Is(err, fs.ErrInvalid))
	_, err = fsys.Open("/abs")
	fmt.Println(errors.Is(err, fs.ErrInvalid))
	ents, err := fs.ReadDir(fsys, ".")
	for _, e := range ents {
		fmt.Println(e.Name(), e.IsDir())
	}
	fmt.Println(err)
	fi, err := fs.Stat(fsys, "c/three.txt")
	fmt.Println(fi.Name(), fi.Size(), fi.Mode().IsRegular(), err)
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fmt.Println("walk", p, d.IsDir())
		return nil
	})
	fmt.Println(err)
	err = fs.WalkDir(fsys, "a", func(p string, d fs.DirEntry, err error) error {
		if p == "a/b" {
			return fs.SkipDir
		}
		fmt.Println("walk a:", p)
		return nil
	})
	fmt.Println(err)
	f, err := fsys.Open("top.md")
	st, _ := f.Stat()
	fmt.Println(st.Name(), st.Size(), err, f.Close())
	var _ fs.ReadDirFile = (*os.File)(nil)
}

// Output:
// "one\n" <nil>
// true
// true
// true
// a true
// c true
// top.md false
// <nil>
// three.txt 2 true <nil>
// walk . true
// walk a true
// walk a/b true
// walk a/b/two.go false
// walk a/one.txt false
// walk c true
// walk c/three.txt false
// walk top.md false
// <nil>
// walk a: a
// walk a: a/one.txt
// <nil>
// top.md 1 <nil> <nil>
