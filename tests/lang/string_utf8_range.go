package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界! 🎉"
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, utf8.RuneLen(r))
	}
	fmt.Println()
	fmt.Println(len(s), utf8.RuneCountInString(s))
	bad := "a\xffb\xc3"
	for i, r := range bad {
		fmt.Println(i, r, r == utf8.RuneError)
	}
	for i := range "abc" {
		fmt.Print(i)
	}
	fmt.Println()
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString("世界")
	fmt.Println(string(r), size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
	fmt.Println(utf8.ValidString("ok"), utf8.ValidString(bad))
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('🎉'))
}

// Output:
// 0:h(1) 1:é(2) 3:l(1) 4:l(1) 5:o(1) 6:,(1) 7: (1) 8:世(3) 11:界(3) 14:!(1) 15: (1) 16:🎉(4) 
// 20 12
// 0 97 false
// 1 65533 true
// 2 98 false
// 3 65533 true
// 012
// 世 3
// 界 3
// [226 130 172] 3
// true false
// 1 2 3 4
