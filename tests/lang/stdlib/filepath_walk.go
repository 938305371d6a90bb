// filepath.Walk, WalkDir and fs.WalkDir over a temporary tree with
// symlinks: visiting order, SkipDir from a directory and from a file,
// errors from the callback and for a missing root.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "golem-walk-")
	defer os.RemoveAll(dir)
	for _, p := range []string{"a/b/c", "a/d", "e", "f/g/h/i", "skip/x", "z"} {
		os.MkdirAll(filepath.Join(dir, p), 0o755)
	}
	for _, p := range []string{"a/1.txt", "a/b/2.go", "a/b/c/3.md", "e/4", "f/g/5", "skip/x/6", "top"} {
		os.WriteFile(filepath.Join(dir, p), []byte(p), 0o644)
	}
	os.Symlink("a/b", filepath.Join(dir, "link"))
	os.Symlink("nowhere", filepath.Join(dir, "dangling"))
	rel := func(p string) string {
		r, _ := filepath.Rel(dir, p)
		return r
	}
	fmt.Println("-- Walk")
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			fmt.Println("err", rel(p), err)
			return nil
		}
		fmt.Println(rel(p), info.IsDir(), info.Mode()&os.ModeSymlink != 0, info.Size() > 0 || info.IsDir())
		if info.Name() == "skip" {
			return filepath.SkipDir
		}
		if info.Name() == "3.md" {
			return filepath.SkipDir // from a file: skips the rest of its directory
		}
		return nil
	})
	fmt.Println("-- WalkDir")
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			fmt.Println("err", rel(p), err)
			return err
		}
		fmt.Println(rel(p), d.IsDir(), d.Type().String())
		if d.Name() == "g" {
			return fs.SkipDir
		}
		if d.Name() == "top" {
			return errors.New("all")
		}
		return nil
	})
	fmt.Println("-- errors")
	err := filepath.Walk(filepath.Join(dir, "missing"), func(p string, info os.FileInfo, err error) error {
		fmt.Println("cb", rel(p), info == nil, err != nil)
		return err
	})
	fmt.Println(errors.Is(err, os.ErrNotExist))
	err = filepath.WalkDir(filepath.Join(dir, "missing"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("cb", rel(p), d == nil, err != nil)
		return nil
	})
	fmt.Println(err)
	stop := errors.New("stop")
	n := 0
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		n++
		if strings.HasSuffix(p, "2.go") {
			return stop
		}
		return nil
	})
	fmt.Println(err, n)
	err = filepath.Walk(filepath.Join(dir, "top"), func(p string, info os.FileInfo, err error) error {
		fmt.Println("file root", rel(p), info.IsDir())
		return filepath.SkipDir
	})
	fmt.Println(err)
	fsys := os.DirFS(dir)
	fs.WalkDir(fsys, "a", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("fs", p, d.IsDir())
		return nil
	})
}

// Output:
// -- Walk
// . true false true
// a true false true
// a/1.txt false false true
// a/b true false true
// a/b/2.go false false true
// a/b/c true false true
// a/b/c/3.md false false true
// a/d true false true
// dangling false true true
// e true false true
// e/4 false false true
// f true false true
// f/g true false true
// f/g/5 false false true
// f/g/h true false true
// f/g/h/i true false true
// link false true true
// skip true false true
// top false false true
// z true false true
// -- WalkDir
// . true d---------
// a true d---------
// a/1.txt false ----------
// a/b true d---------
// a/b/2.go false ----------
// a/b/c true d---------
// a/b/c/3.md false ----------
// a/d true d---------
// dangling false L---------
// e true d---------
// e/4 false ----------
// f true d---------
// f/g true d---------
// link false L---------
// skip true d---------
// skip/x true d---------
// skip/x/6 false ----------
// top false ----------
// -- errors
// cb missing true true
// true
// cb missing true true
// <nil>
// stop 5
// file root top false
// <nil>
// fs a true
// fs a/1.txt false
// fs a/b true
// fs a/b/2.go false
// fs a/b/c true
// fs a/b/c/3.md false
// fs a/d true
