package main

import (
	"fmt"
	"strconv"
)

type Label string

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)) == "\ufffd", string(rune(0x110000)) == "\ufffd")
	var r rune = 'é'
	s := string(r)
	fmt.Println(s, len(s), []byte(s))
	bs := []byte("héllo")
	rs := []rune("héllo")
	fmt.Println(len(bs), len(rs), string(bs[1:3]), string(rs[1]))
	l := Label("tag")
	fmt.Println(string(l)+"!", Label("x") < l, len(l))
	back := []byte(string(bs))
	back[0] = 'H'
	fmt.Println(string(bs), string(back))
	fmt.Println(strconv.Itoa(int('A')), string(rune('A'+2)), fmt.Sprint('A'))
	n := 1234
	fmt.Println(strconv.Itoa(n)+"5", fmt.Sprint(n)+"6", fmt.Sprintf("%d7", n))
	var b byte = 'q'
	fmt.Println(string(b), string([]byte{b, b}))
	digits := ""
	for i := 0; i < 10; i++ {
		digits += string(rune('0' + i))
	}
	fmt.Println(digits)
	f29 := 2.9
	fmt.Println(float64(int64(2.0e18)), int64(float64(1<<53)), int(f29), int(-f29))
	f32 := float32(16777217)
	fmt.Println(int32(f32), float32(int32(16777217)))
	x := 255
	fmt.Println(byte(x), int8(x), rune(x), uint16(x<<8))
}

// Output:
// A 世 true true
// é 2 [195 169]
// 6 5 é é
// tag! false 3
// héllo Héllo
// 65 C 65
// 12345 12346 12347
// q qq
// 0123456789
// 2e+18 9007199254740992 2 -2
// 16777216 1.6777216e+07
// 255 -1 255 65280
