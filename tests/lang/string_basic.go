package main

import "fmt"

func main() {
	s := "hello, world"
	fmt.Println(len(s), s[0], s[7], string(s[4]))
	fmt.Println(s[0:5], s[7:], s[:4], s[3:3] == "")
	t := s + "!"
	t += "?"
	fmt.Println(t)
	fmt.Println("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "x" == "x")
	fmt.Println("abc" >= "abc", "b" > "abc")
	var empty string
	fmt.Println(empty == "", len(empty))
	raw := `a\nb
c`
	fmt.Println(raw, len(raw))
	fmt.Println("tab\tquote\"back\\slash")
	fmt.Println("\x41\102\u00e9\U0001F600")
	count := 0
	for i := 0; i < len(s); i++ {
		if s[i] == 'o' {
			count++
		}
	}
	fmt.Println("o count:", count)
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), s)
	sub := s[7:12]
	fmt.Println(sub, len(sub))
	fmt.Println(string("héllo"[1]), len("héllo"))
}

// Output:
// 12 104 119 o
// hello world hell true
// hello, world!?
// true false true true true
// true true
// true 0
// a\nb
// c 6
// tab	quote"back\slash
// ABé😀
// o count: 2
// Hello, world hello, world
// world 5
// Ã 6
