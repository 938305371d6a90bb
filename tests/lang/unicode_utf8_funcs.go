package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	b := []byte("a€𝄞")
	fmt.Println(len(b), utf8.RuneCount(b), utf8.Valid(b))
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Printf("%c %d %U\n", r, size, r)
		b = b[size:]
	}
	r, size := utf8.DecodeRune(nil)
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRuneInString("\xe2\x82")
	fmt.Println(r == utf8.RuneError, size)
	fmt.Println(utf8.FullRune([]byte{0xe2, 0x82}), utf8.FullRune([]byte{0xe2, 0x82, 0xac}))
	fmt.Println(utf8.RuneStart(0x82), utf8.RuneStart('a'), utf8.ValidRune(0xD800), utf8.ValidRune('x'))
	buf := utf8.AppendRune(nil, '世')
	buf = utf8.AppendRune(buf, 'x')
	fmt.Println(buf, string(buf))
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	s := "héllo, 世界"
	last, lsize := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(last), lsize)
	count := 0
	for i := 0; i < len(s); {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
		count++
	}
	fmt.Println(count, utf8.RuneCountInString(s))
	fmt.Println(utf8.ValidString("\xed\xa0\x80"), utf8.ValidString("ok\u00e9"))
}

// Output:
// 8 3 true
// a 1 U+0061
// € 3 U+20AC
// 𝄞 4 U+1D11E
// true 0
// true 1
// false true
// false true false true
// [228 184 150 120] 世x
// 4 128 1114111
// 界 3
// 9 9
// false true
