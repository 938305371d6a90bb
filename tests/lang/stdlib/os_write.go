package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
)

func main() {
	f, _ := os.CreateTemp("", "fw")
	name := f.Name()
	defer os.Remove(name)
	n, err := f.Write([]byte("abc"))
	fmt.Println(n, err)
	n, err = f.WriteString("def")
	fmt.Println(n, err)
	n, err = fmt.Fprintf(f, "x%dy", 5)
	fmt.Println(n, err)
	f.Close()
	n, err = f.Write([]byte("z"))
	fmt.Println(n, errors.Is(err, os.ErrClosed))
	n, err = fmt.Fprintln(f, "late")
	fmt.Println(n, errors.Is(err, os.ErrClosed))
	n, err = f.WriteString("q")
	fmt.Println(n, errors.Is(err, os.ErrClosed))
	b, _ := os.ReadFile(name)
	fmt.Println(string(b))
	r, _ := os.Open(name)
	_, err = r.Write([]byte("no"))
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op)
	r.Close()
	var nf *os.File
	_, err = nf.Write(nil)
	fmt.Println(err)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.Flush()
	os.Stdout.WriteString("direct\n")
	fmt.Fprintln(os.Stderr, "to stderr")
	n, err = os.Stdout.Write([]byte("raw\n"))
	fmt.Println(n, err)
}

// Output:
// 3 <nil>
// 3 <nil>
// 3 <nil>
// 0 true
// 0 true
// 0 true
// abcdefx5y
// true write
// invalid argument
// buffered 1
// direct
// raw
// 4 <nil>
