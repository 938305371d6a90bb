// fmt.Scan* on os.Stdin, which is not an io.RuneScanner: each call reads a
// byte at a time and loses the one rune it peeked at past its last token,
// exactly as Go does, so Scan calls mix with a bufio.Reader on os.Stdin
// and with Scanln the way they do in Go (tests/data/fmt_scan_stdin.in).
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	var a, b int
	n, err := fmt.Scan(&a, &b)
	fmt.Println(n, err, a, b)
	// The space after 20 was peeked at and dropped; "30\n" is still there.
	var s string
	n, err = fmt.Scanln(&s)
	fmt.Printf("%d %v %q\n", n, err, s)
	br := bufio.NewReader(os.Stdin)
	line, err := br.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	// br now holds the rest of stdin in its buffer: scan from br.
	var c int
	var w string
	n, err = fmt.Fscan(br, &c, &w)
	fmt.Println(n, err, c, w)
	// a bufio.Reader takes back the peeked rune: the newline is still there
	line, _ = br.ReadString('\n')
	fmt.Printf("%q\n", line)
	n, err = fmt.Fscanln(br, &c)
	fmt.Println(n, err, c)
	var w1, w2 string
	n, err = fmt.Fscanln(br, &w1)
	fmt.Println(n, err, w1)
	line, _ = br.ReadString('\n')
	fmt.Printf("%q\n", line)
	n, err = fmt.Fscanf(br, "%d\n", &c)
	fmt.Println(n, err, c)
	line, _ = br.ReadString('\n')
	fmt.Printf("%q\n", line)
	n, err = fmt.Fscanf(br, "%s", &w1)
	fmt.Println(n, err, w1)
	n, err = fmt.Fscanf(br, "%d %d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Fscanln(br, &w1, &w2)
	fmt.Println(n, err, w1, w2)
	line, _ = br.ReadString('\n')
	fmt.Printf("%q\n", line)
	n, err = fmt.Fscan(br, &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Fscan(br, &a)
	fmt.Println(n, err)
}

// Stdin: tests/data/fmt_scan_stdin.in

// Output:
// 2 <nil> 10 20
// 1 <nil> "30"
// "rest of line one\n" <nil>
// 2 <nil> 7 eight
// "\n"
// 1 <nil> 9
// 1 expected newline word1
// "ord2\n"
// 1 <nil> 42
// "line after 42\n"
// 1 <nil> abc
// 0 unexpected newline 10 20
// 2 <nil> 1 2
// "x y z\n"
// 1 EOF 100 20
// 0 EOF
