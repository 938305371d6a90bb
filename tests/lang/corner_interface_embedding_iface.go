package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ parts []string }

func (b *Buffer) Read() string    { return strings.Join(b.parts, "") }
func (b *Buffer) Write(s string) { b.parts = append(b.parts, s) }

type Logged struct {
	ReadWriter
	writes int
}

func (l *Logged) Write(s string) {
	l.writes++
	l.ReadWriter.Write("[" + s + "]")
}

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("a")
	l := &Logged{ReadWriter: rw}
	l.Write("b")
	l.Write("c")
	var w Writer = l
	w.Write("d")
	fmt.Println(l.Read(), l.writes)
	var r Reader = l
	fmt.Println(r.Read())
}

// Output:
// a[b][c][d] 3
// a[b][c][d]
