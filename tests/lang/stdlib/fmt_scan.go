package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	// Scan, Scanln and Scanf on os.Stdin (tests/data/fmt_scan.txt). Each
	// call ends at a line end, so the one byte a call peeks at past its
	// last token (and drops, as os.Stdin cannot take it back) is a
	// newline; fmt_scan_stdin.go mixes calls within a line.
	var i int
	var f float64
	var s string
	n, err := fmt.Scanln(&i, &f, &s)
	fmt.Println(n, err, i, f, s)
	var b bool
	var h, neg int
	n, err = fmt.Scanln(&b, &h, &neg)
	fmt.Println(n, err, b, h, neg)
	var w1, w2 string
	n, err = fmt.Scanln(&w1, &w2)
	fmt.Println(n, err, w1, w2)
	var a1, a2 int
	n, err = fmt.Scanln(&a1, &a2)
	fmt.Println(n, err, a1, a2)
	var name string
	var age int
	n, err = fmt.Scanf("name: %s age: %d\n", &name, &age)
	fmt.Println(n, err, name, age)
	var x, y, z string
	n, err = fmt.Fscanln(os.Stdin, &x, &y, &z)
	fmt.Println(n, err, x, y, z)
	sum := 0
	for {
		var v int
		if _, err := fmt.Fscan(os.Stdin, &v); err != nil {
			fmt.Println("end:", err)
			break
		}
		sum += v
	}
	fmt.Println("sum", sum)

	// Sscan family
	var p, q int
	var word string
	n, err = fmt.Sscan("  10\n 20 go ", &p, &q, &word)
	fmt.Println(n, err, p, q, word)
	n, err = fmt.Sscanln("1 2\n3", &p, &q)
	fmt.Println(n, err, p, q)
	n, err = fmt.Sscanln("1\n2", &p, &q)
	fmt.Println(n, err)
	n, err = fmt.Sscan("abc", &p)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &p)
	fmt.Println(n, err)
	var r rune
	var u uint8
	n, err = fmt.Sscanf("x=5 c=Z u=255", "x=%d c=%c u=%d", &p, &r, &u)
	fmt.Println(n, err, p, string(r), u)
	n, err = fmt.Sscanf("u=256", "u=%d", &u)
	fmt.Println(n, err != nil)
	var fl float32
	var hx int
	n, err = fmt.Sscanf("3.25e2 ff", "%g %x", &fl, &hx)
	fmt.Println(n, err, fl, hx)
	var qs string
	n, err = fmt.Sscanf(`"quoted str" rest`, "%q %s", &qs, &word)
	fmt.Println(n, err, qs, word)
	n, err = fmt.Sscanf("12-34", "%d-%d", &p, &q)
	fmt.Println(n, err, p, q)
	n, err = fmt.Sscanf("12 34", "%d-%d", &p, &q)
	fmt.Println(n, err)

	// Fscan on another reader
	rd := bufio.NewReader(strings.NewReader("5 6 seven\n"))
	var m1, m2 int
	var m3 string
	n, err = fmt.Fscan(rd, &m1, &m2, &m3)
	fmt.Println(n, err, m1, m2, m3)
}

// Stdin: tests/data/fmt_scan.txt

// Output:
// 3 <nil> 42 3.5 hello
// 3 <nil> true 31 -7
// 2 <nil> line one
// 2 <nil> 7 8
// 2 <nil> gopher 13
// 3 <nil> a b c
// end: EOF
// sum 21
// 3 <nil> 10 20 go
// 2 <nil> 1 2
// 1 unexpected newline
// 0 expected integer
// 0 EOF
// 3 <nil> 5 Z 255
// 0 true
// 2 <nil> 325 255
// 2 <nil> quoted str rest
// 2 <nil> 12 34
// 1 input does not match format
// 3 <nil> 5 6 seven
