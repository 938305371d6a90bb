package main

import (
	"fmt"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "Grüße, 世界!"
	fmt.Println(reverse(s))
	fmt.Println(len(s), utf8.RuneCountInString(s))
	b := []byte(s)
	fmt.Println(len(b), b[2], b[3])
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Print(string(r), size, " ")
		b = b[size:]
	}
	fmt.Println()
	fmt.Println(string(s[2]), s[2:4], fmt.Sprintf("%q %x % x", s[:3], s[:3], "ab"))
	fmt.Println(utf8.ValidString("a\xffb"), []rune("a\xffb"))
}

// Output:
// !界世 ,eßürG
// 16 10
// 16 195 188
// G1 r1 ü2 ß2 e1 ,1  1 世3 界3 !1 
// Ã ü "Gr\xc3" 4772c3 61 62
// false [97 65533 98]
