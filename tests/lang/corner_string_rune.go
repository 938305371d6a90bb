package main

import "fmt"

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)) == "\uFFFD")
	r := []rune("héllo, 世界")
	fmt.Println(len(r), len("héllo, 世界"), string(r[1]), string(r[7:]))
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), b)
	for i, ch := range "aé世" {
		fmt.Println(i, ch, string(ch))
	}
	s := "\xff\xfe"
	for i, ch := range s {
		fmt.Println(i, ch == '\uFFFD')
	}
	fmt.Println(string([]rune{72, 105}), []byte("é"))
	var x byte = 'z'
	fmt.Println(string(rune(x)), x)
}

// Output:
// A 世 true
// 9 14 é 世界
// Xbc [88 98 99]
// 0 97 a
// 1 233 é
// 3 19990 世
// 0 true
// 1 true
// Hi [195 169]
// z 122
