package main

import (
	"fmt"
	"strings"
)

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string)
}

type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct {
	data []string
}

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }
func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

type Upper struct {
	Writer // embedded interface in a struct
}

func (u Upper) Write(s string) { u.Writer.Write(strings.ToUpper(s)) }

type Logger interface {
	Log(string)
}

type prefixLogger struct {
	prefix string
	lines  *[]string
}

func (p prefixLogger) Log(s string) { *p.lines = append(*p.lines, p.prefix+s) }

type Service struct {
	Logger
	name string
}

func copyAll(dst Writer, src Reader) int {
	n := 0
	for {
		s := src.Read()
		if s == "" {
			return n
		}
		dst.Write(s)
		n++
	}
}

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("hello")
	rw.Write("world")
	var r Reader = rw
	var w Writer = rw
	w.Write("!")
	fmt.Println(r.Read())
	out := &Buffer{}
	n := copyAll(Upper{out}, rw)
	fmt.Println(n, out.data)
	if _, ok := r.(Writer); ok {
		fmt.Println("reader is also a writer")
	}
	var lines []string
	svc := Service{prefixLogger{"[svc] ", &lines}, "db"}
	svc.Log("start")
	svc.Logger.Log("direct")
	var l Logger = svc
	l.Log("via interface")
	fmt.Println(strings.Join(lines, "; "))
	rw2, ok := w.(ReadWriter)
	fmt.Println(ok, rw2 != nil)
}

// Output:
// hello
// 2 [WORLD !]
// reader is also a writer
// [svc] start; [svc] direct; [svc] via interface
// true true
