// Scan, Scanln and Scanf calls within one line of os.Stdin: every call
// drops the rune it peeked at past its last token, as in Go
// (tests/data/fmt_scan_stdin2.in).
package main

import "fmt"

func main() {
	var a, b int
	n, err := fmt.Scan(&a)
	fmt.Println(n, err, a)
	// the space after 5 is gone; 6 and its newline remain
	n, err = fmt.Scanln(&b)
	fmt.Println(n, err, b)
	// Scan after Scan: the newline after 7 is dropped by the first call
	n, err = fmt.Scan(&a)
	fmt.Println(n, err, a)
	n, err = fmt.Scanln(&a, &b)
	fmt.Println(n, err, a, b)
	var s, t string
	n, err = fmt.Scanf("%s", &s)
	fmt.Println(n, err, s)
	// the space was dropped: "def\n" remains
	n, err = fmt.Scanf("%s\n", &t)
	fmt.Println(n, err, t)
	n, err = fmt.Scanln(&s, &t)
	fmt.Println(n, err, s, t)
	var f float64
	n, err = fmt.Scanln(&f)
	fmt.Println(n, err, f)
	var r rune
	n, err = fmt.Scanf("%c", &r)
	fmt.Println(n, err, string(r))
	n, err = fmt.Scanf("%c", &r)
	fmt.Printf("%d %v %q\n", n, err, r)
	n, err = fmt.Scan(&s)
	fmt.Println(n, err)
}

// Stdin: tests/data/fmt_scan_stdin2.in

// Output:
// 1 <nil> 5
// 1 <nil> 6
// 1 <nil> 7
// 2 <nil> 8 9
// 1 <nil> abc
// 1 <nil> def
// 1 unexpected newline ghi def
// 1 <nil> 1.5
// 1 <nil> x
// 1 <nil> '\n'
// 0 EOF
