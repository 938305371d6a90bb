package main

import "fmt"

type Sizer interface{ Size() int }
type Resizer interface {
	Sizer
	Resize(int)
}

type Buf struct{ n int }

func (b Buf) Size() int      { return b.n }
func (b *Buf) Resize(n int) { b.n = n }

func describe(s Sizer) string {
	if r, ok := s.(Resizer); ok {
		r.Resize(r.Size() * 2)
		return fmt.Sprint("resizable ", r.Size())
	}
	return fmt.Sprint("fixed ", s.Size())
}

func main() {
	b := Buf{4}
	fmt.Println(describe(b))
	fmt.Println(describe(&b))
	fmt.Println(b.n)
	var r Resizer = &b
	var s Sizer = r
	fmt.Println(s.Size())
	_, ok := s.(*Buf)
	fmt.Println(ok)
}

// Output:
// fixed 4
// resizable 8
// 8
// 8
// true
