package main

import (
	"fmt"
	"io"
	"strings"
)

type RW struct{ data []byte }

func (r *RW) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func main() {
	var r io.Reader = &RW{[]byte("hey")}
	_, isWriter := r.(io.Writer)
	rw, isRW := r.(*RW)
	fmt.Println(isWriter, isRW, string(rw.data))
	b, _ := io.ReadAll(r)
	fmt.Println(string(b))
	var sr io.Reader = strings.NewReader("abc")
	if s, ok := sr.(io.Seeker); ok {
		fmt.Println("seeker", s != nil)
	}
	var e interface{}
	_, ok := e.(interface{})
	fmt.Println(ok)
	e = 5
	n, ok := e.(int)
	s, ok2 := e.(string)
	fmt.Printf("%d %v %q %v\n", n, ok, s, ok2)
}

// Output:
// false true hey
// hey
// seeker true
// false
// 5 true "" false
