//go:build go1.22

// APIs newer than the oracle's go1.19 (Go 1.20 and 1.21); the Output
// block is written by hand.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
)

// directive prints the directive it was formatted with (fmt.FormatString).
type directive struct{}

func (directive) Format(f fmt.State, verb rune) { fmt.Fprint(f, fmt.FormatString(f, verb)) }

func main() {
	// strings and bytes
	fmt.Println(strings.Clone("abc"), strings.Clone("") == "", string(bytes.Clone([]byte("xy"))), bytes.Clone(nil) == nil)
	fmt.Println(strings.ContainsFunc("a1", unicode.IsDigit), strings.ContainsFunc("ab", unicode.IsDigit))
	fmt.Println(strings.CutPrefix("prefix-body", "prefix-"))
	fmt.Println(strings.CutSuffix("body.go", ".txt"))
	fmt.Println(bytes.ContainsFunc([]byte("x!"), unicode.IsPunct))

	// io.OffsetWriter over a file
	f, _ := os.CreateTemp("", "golem-ow-")
	defer os.Remove(f.Name())
	f.Write([]byte("0123456789"))
	w := io.NewOffsetWriter(f, 3)
	w.Write([]byte("ab"))
	w.Write([]byte("cd"))
	fmt.Println(w.Seek(1, io.SeekStart))
	w.Write([]byte("X"))
	fmt.Println(w.Seek(-5, io.SeekCurrent))
	fmt.Println(w.Seek(0, io.SeekEnd))
	w.WriteAt([]byte("Z"), 5)
	b, _ := os.ReadFile(f.Name())
	fmt.Println(string(b))
	f.Close()

	// several %w, errors.Join
	e1, e2 := errors.New("one"), errors.New("two")
	w2 := fmt.Errorf("both: %w and %w", e1, e2)
	fmt.Println(w2, errors.Is(w2, e1), errors.Is(w2, e2), errors.Unwrap(w2) == nil)
	j := errors.Join(e1, nil, e2)
	fmt.Printf("%q %v\n", j.Error(), errors.Is(j, e2))
	fmt.Println(errors.ErrUnsupported, errors.Is(fmt.Errorf("op: %w", errors.ErrUnsupported), errors.ErrUnsupported))

	// fmt.FormatString
	d := directive{}
	fmt.Printf("%v %+-#8.3x %0 5d %12s %.q %[1]v\n", d, d, d, d, d)

	// fs.FormatFileInfo and fs.FormatDirEntry
	tf, _ := os.CreateTemp("", "golem-ffi-")
	tf.WriteString("hello")
	tf.Close()
	stamp := time.Date(2020, 5, 6, 7, 8, 9, 0, time.Local)
	os.Chtimes(tf.Name(), stamp, stamp)
	st, _ := os.Stat(tf.Name())
	fmt.Println(strings.TrimSuffix(fs.FormatFileInfo(st), st.Name()))
	os.Remove(tf.Name())
	ents, _ := os.ReadDir("tests/data/tree")
	for _, e := range ents {
		fmt.Println(fs.FormatDirEntry(e))
	}

	// fs.SkipAll stops a walk without an error
	err := fs.WalkDir(os.DirFS("tests/data/tree"), ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("walk", p)
		if p == "a/b" {
			return fs.SkipAll
		}
		return nil
	})
	fmt.Println(err)

	// utf16.AppendRune
	fmt.Printf("%04x %04x\n", utf16.AppendRune([]uint16{1}, 0x1F600), utf16.AppendRune(nil, 0xDFFF))
}

// Output:
// abc true xy true
// true false
// body true
// body.go false
// true
// 1 <nil>
// 0 Seek: invalid offset
// 0 Seek: invalid whence
// 012aXcd7Z9
// both: one and two true true true
// "one\ntwo" true
// unsupported operation true
// %v %+-#8.3x % 05d %12s %.0q %v
// -rw------- 5 2020-05-06 07:08:09 
// d a/
// d c/
// - top.md
// walk .
// walk a
// walk a/b
// <nil>
// [0001 d83d de00] [fffd]
