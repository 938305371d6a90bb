// print and println write a slice as [len/cap]0xDATA (a nil slice as
// [0/0]0x0) to stderr, before the panic's own message.
package main

func main() {
	s := make([]int, 3, 10)
	var empty []string
	println(s[1:], empty, len(s))
	print(s[:0], "\n")
	panic("done")
}
