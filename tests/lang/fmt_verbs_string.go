package main

import "fmt"

func main() {
	s := "golem"
	fmt.Printf("%s|%10s|%-10s|%.3s|%5.2s|\n", s, s, s, s, s)
	fmt.Printf("%q|%x|%X|% x|%#x\n", s, s, s, s, s)
	fmt.Printf("%q|%+q|%#q\n", "héllo\n", "héllo", "back`tick")
	fmt.Printf("%q\n", `a"b\c`)
	fmt.Printf("%v|%s\n", []string{"a", "b"}, []string{"c"})
	fmt.Printf("%q\n", []string{"x y", "z"})
	fmt.Printf("%s|%v\n", []byte("bytes"), []byte("ab"))
	fmt.Printf("%5t|%-6t|\n", true, false)
	fmt.Printf("%c%c%c\n", 72, 105, 0x4e16)
	fmt.Printf("%q %q\n", 'x', '\n')
	fmt.Printf("%08s|%-08s|\n", "ab", "cd")
	fmt.Printf("%.2q\n", "abcdef")
	fmt.Printf("%s\n", fmt.Sprintf("%d-%s", 1, "x"))
	fmt.Printf("%v %v\n", "", []string{})
	fmt.Printf("[%*s]\n", -6, "ab")
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%T %T %T %T %T\n", s, []byte(s), 'a', nil, struct{}{})
}

// Output:
// golem|     golem|golem     |gol|   go|
// "golem"|676f6c656d|676F6C656D|67 6f 6c 65 6d|0x676f6c656d
// "héllo\n"|"h\u00e9llo"|"back`tick"
// "a\"b\\c"
// [a b]|[c]
// ["x y" "z"]
// bytes|[97 98]
//  true|false |
// Hi世
// 'x' '\n'
// 000000ab|cd      |
// "ab"
// 1-x
//  []
// [ab    ]
// 20 10 20
// string []uint8 int32 <nil> struct {}
