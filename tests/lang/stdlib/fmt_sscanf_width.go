// fmt.Sscanf widths: %5d, %3s, %4f and friends read at most that many
// runes of the operand, counted after the blanks before it; %c ignores it.
package main

import "fmt"

func main() {
	var a, b int
	var s, t string
	var f float64
	n, err := fmt.Sscanf("1234 56", "%2d%2d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("hello world", "%3s%5s", &s, &t)
	fmt.Println(n, err, s, t)
	n, err = fmt.Sscanf("   3.14159xyz", "%4f%s", &f, &s)
	fmt.Println(n, err, f, s)
	n, err = fmt.Sscanf("héllo", "%2s%s", &s, &t)
	fmt.Println(n, err, s, t)
	n, err = fmt.Sscanf("12345", "%5d", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("7 8", "%1d %1d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("ab", "%1s%1s", &s, &t)
	fmt.Println(n, err, s, t)
	var c1, c2 rune
	n, err = fmt.Sscanf("xyz", "%c%3c", &c1, &c2)
	fmt.Println(n, err, c1, c2)
	n, err = fmt.Sscanf("-12", "%2d", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("0x1F", "%4v", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("20231126", "%4d%2d%2d", &a, &b, &a)
	fmt.Println(n, err, a, b)
}

// Output:
// 2 <nil> 12 34
// 2 <nil> hel lo
// 2 <nil> 3.14 159xyz
// 2 <nil> hé llo
// 1 <nil> 12345
// 2 <nil> 7 8
// 2 <nil> a b
// 2 <nil> 120 121
// 1 <nil> -1
// 1 <nil> 31
// 3 <nil> 26 11
