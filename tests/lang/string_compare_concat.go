package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	words := []string{"banana", "Apple", "cherry", "apple", "", "äpfel", "Banana", "b"}
	sort.Strings(words)
	fmt.Printf("%q\n", words)
	pairs := [][2]string{{"a", "b"}, {"ab", "a"}, {"", ""}, {"abc", "abd"}, {"Z", "a"}, {"é", "z"}}
	for _, p := range pairs {
		fmt.Println(p[0] < p[1], p[0] <= p[1], p[0] > p[1], p[0] >= p[1], p[0] == p[1], p[0] != p[1])
	}
	s := ""
	for i := 0; i < 10; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
	t := s
	t += "!"
	fmt.Println(s, t)
	parts := make([]string, 0)
	for i := 0; i < 5; i++ {
		parts = append(parts, strings.Repeat(string(rune('0'+i)), i+1))
	}
	all := strings.Join(parts, "+")
	fmt.Println(all, len(all))
	long := strings.Repeat("xy", 5000)
	fmt.Println(len(long), long[9998:], strings.Count(long, "yx"))
	var sb strings.Builder
	for i := 0; i < 1000; i++ {
		sb.WriteString("ab")
	}
	built := sb.String()
	fmt.Println(len(built), built == strings.Repeat("ab", 1000))
	x := "abc"
	y := "ab" + "c"
	z := x[:2] + string(x[2])
	fmt.Println(x == y, y == z, &x != &y)
	m := map[string]int{}
	m[x]++
	m[z]++
	fmt.Println(m)
	sub := s[2:5]
	fmt.Println(sub, sub == "cde", s[:0] == "", s[len(s):] == "")
}

// Output:
// ["" "Apple" "Banana" "apple" "b" "banana" "cherry" "äpfel"]
// true true false false false true
// false false true true false true
// false true false true true false
// true true false false false true
// true true false false false true
// false false true true false true
// abcdefghij 10
// abcdefghij abcdefghij!
// 0+11+222+3333+44444 19
// 10000 xy 4999
// 2000 true
// true true true
// map[abc:2]
// cde true true true
