package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "hello"
	t := s
	t += " world"
	fmt.Println(s, t, s < t, "abc" < "abd", "Z" < "a")
	fmt.Println(s[1:3], s[:0] == "", len(t[6:]))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d]", i)
	}
	fmt.Println(sb.String(), sb.Len())
	b := s[0]
	fmt.Printf("%T %v %c\n", b, b, b)
	fmt.Println(strings.Repeat("ab", 3), strings.Fields(" a  b c "), strings.Title("x"))
	multi := `raw\n
line`
	fmt.Println(len(multi), strings.Count(multi, "\n"))
}

// Output:
// hello hello world true true true
// el true 5
// [0][1][2] 9
// uint8 104 h
// ababab [a b c] X
// 10 1
