package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// A producer goroutine writes numbered lines through a bufio.Writer into
// an io.Pipe; the main goroutine scans them. Then two writers share one
// pipe: each Write arrives whole.
func main() {
	pr, pw := io.Pipe()
	go func() {
		w := bufio.NewWriterSize(pw, 64)
		for i := 0; i < 1000; i++ {
			w.WriteString(strings.Repeat("x", i%7))
			w.WriteString(fmt.Sprintf(" line %d\n", i))
		}
		w.Flush()
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	n, sum := 0, 0
	last := ""
	for sc.Scan() {
		n++
		sum += len(sc.Text())
		last = sc.Text()
	}
	fmt.Println(n, sum, last, sc.Err())

	pr, pw = io.Pipe()
	done := make(chan bool)
	for k := 0; k < 2; k++ {
		go func(k int) {
			for i := 0; i < 5; i++ {
				io.WriteString(pw, fmt.Sprintf("[w%d:%d]", k, i))
			}
			done <- true
		}(k)
	}
	go func() {
		<-done
		<-done
		pw.Close()
	}()
	data, err := io.ReadAll(pr)
	s := string(data)
	fmt.Println(len(s), strings.Count(s, "["), strings.Count(s, "[w0:"), strings.Count(s, "[w1:"), err)
	pos0 := []int{}
	for i := 0; i < 5; i++ {
		pos0 = append(pos0, strings.Index(s, fmt.Sprintf("[w0:%d]", i)))
	}
	ordered := true
	for i := 1; i < 5; i++ {
		if pos0[i] < pos0[i-1] {
			ordered = false
		}
	}
	fmt.Println(ordered)

	// Closing the read side makes the writer fail.
	pr, pw = io.Pipe()
	errc := make(chan error)
	go func() {
		_, err := pw.Write([]byte("never read"))
		errc <- err
	}()
	pr.CloseWithError(fmt.Errorf("reader gave up"))
	fmt.Println(<-errc)
}

// Output:
// 1000 11887 xxxxx line 999 <nil>
// 60 10 5 5 <nil>
// true
// reader gave up
