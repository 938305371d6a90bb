package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

// fmt.Fprint* into a blocking writer (an io.Pipe) from a goroutine, and
// io.MultiWriter fanning one write out to several writers.
func main() {
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "line %d %v\n", i, []int{i, i * i})
		}
		fmt.Fprintln(pw, "done", 1.5)
		fmt.Fprint(pw, "no newline")
		pw.CloseWithError(io.ErrUnexpectedEOF)
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Printf("got %q\n", sc.Text())
	}
	fmt.Println("err:", sc.Err())

	var a, b bytes.Buffer
	var sb strings.Builder
	mw := io.MultiWriter(&a, &b, &sb, os.Stdout)
	n, err := fmt.Fprintf(mw, "to all %d\n", 4)
	fmt.Println(n, err, a.String() == b.String(), sb.String() == a.String())
	io.WriteString(mw, "again\n")
	fmt.Print(a.String())

	// a reader drained through a pipe by io.Copy
	pr2, pw2 := io.Pipe()
	go func() {
		io.Copy(pw2, strings.NewReader(strings.Repeat("xy", 5000)))
		pw2.Close()
	}()
	all, err := io.ReadAll(pr2)
	fmt.Println(len(all), err)
	_, err = pw2.Write([]byte("late"))
	fmt.Println(err)
}

// Output:
// got "line 0 [0 0]"
// got "line 1 [1 1]"
// got "line 2 [2 4]"
// got "done 1.5"
// got "no newline"
// err: unexpected EOF
// to all 4
// 9 <nil> true true
// again
// to all 4
// again
// 10000 <nil>
// io: read/write on closed pipe
