// Differential test: random sequences of bytes.Buffer operations (reads,
// writes, unreads, Truncate, Grow, Next, ReadFrom, WriteTo, Reset), from a
// fixed LCG.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

var seed uint32 = 77

func rnd(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

var chunks = []string{"", "a", "héllo", "\xff", "line\n", "日本語", "xyz\n\n"}

func main() {
	for round := 0; round < 60; round++ {
		var b bytes.Buffer
		if rnd(3) == 0 {
			b = *bytes.NewBufferString(chunks[rnd(len(chunks))])
		}
		for op := 0; op < 25; op++ {
			switch rnd(16) {
			case 0:
				n, err := b.WriteString(chunks[rnd(len(chunks))])
				fmt.Print("ws", n, err, " ")
			case 1:
				fmt.Print("wb", b.WriteByte(byte('A'+rnd(26))), " ")
			case 2:
				n, err := b.WriteRune(rune(rnd(0x20000)))
				fmt.Print("wr", n, err, " ")
			case 3:
				p := make([]byte, rnd(6))
				n, err := b.Read(p)
				fmt.Printf("r%d%q%v ", n, p[:n], err)
			case 4:
				c, err := b.ReadByte()
				fmt.Print("rb", c, err, " ")
			case 5:
				r, sz, err := b.ReadRune()
				fmt.Print("rr", r, sz, err, " ")
			case 6:
				fmt.Print("ub", b.UnreadByte(), " ")
			case 7:
				fmt.Print("ur", b.UnreadRune(), " ")
			case 8:
				l, err := b.ReadString('\n')
				fmt.Printf("rs%q%v ", l, err)
			case 9:
				l, err := b.ReadBytes('l')
				fmt.Printf("rB%q%v ", l, err)
			case 10:
				fmt.Printf("nx%q ", b.Next(rnd(5)))
			case 11:
				if n := rnd(b.Len() + 1); true {
					b.Truncate(n)
					fmt.Print("tr", n, " ")
				}
			case 12:
				b.Grow(rnd(100))
				fmt.Print("g", b.Len(), " ")
			case 13:
				n, err := b.ReadFrom(strings.NewReader(chunks[rnd(len(chunks))]))
				fmt.Print("rf", n, err, " ")
			case 14:
				var sb strings.Builder
				n, err := b.WriteTo(&sb)
				fmt.Printf("wt%d%q%v ", n, sb.String(), err)
			case 15:
				if rnd(4) == 0 {
					b.Reset()
					fmt.Print("reset ")
				}
			}
		}
		fmt.Printf("| %q %d\n", b.String(), b.Len())
		rest, err := io.ReadAll(&b)
		fmt.Printf("%q %v %d\n", rest, err, b.Len())
	}
}

// Output:
// rs""EOF rr0 0 EOF rB""EOF rs""EOF ws0 <nil> rB""EOF rf6 <nil> g6 rs"héllo"EOF rr0 0 EOF rs""EOF tr0 nx"" ubbytes.Buffer: UnreadByte: previous operation was not a successful read g0 urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune wt0""<nil> g0 wr4 <nil> wr3 <nil> tr5 ws1 <nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read r0""<nil> | "𝂵\xea\xff" 6
// "𝂵\xea\xff" <nil> 0
// wr3 <nil> nx"日" ub<nil> r2"\xa5\xe6"<nil> wt8"\x9c\xac語㓔"<nil> rb0 EOF nx"" tr0 rf5 <nil> wt5"line\n"<nil> nx"" urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune tr0 rs""EOF wr3 <nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read rs"뫆"EOF rs""EOF rb0 EOF wt0""<nil> rb0 EOF wt0""<nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune ws9 <nil> | "日本語" 9
// "日本語" <nil> 0
// wb<nil> wr3 <nil> nx"h\xc3" ws6 <nil> rr65533 1 <nil> ur<nil> rb169 <nil> g13 wr3 <nil> wr4 <nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune ws1 <nil> wb<nil> wt22"lloKબhéllo\uf8be\U0001a501aG"<nil> wr4 <nil> tr1 rr65533 1 <nil> ub<nil> rb240 <nil> rr0 0 EOF rr0 0 EOF nx"" rr0 0 EOF | "" 0
// "" <nil> 0
// nx"a" rb0 EOF rs""EOF wr4 <nil> rB"\U0001543d"EOF rb0 EOF wb<nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune rs"G"EOF g0 r0""<nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read ubbytes.Buffer: UnreadByte: previous operation was not a successful read ws1 <nil> r1"a"<nil> wr3 <nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune rs"鉭"EOF wt0""<nil> nx"" nx"" r0""EOF r0""<nil> rf1 <nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read | "\xff" 1
// "\xff" <nil> 0
// wb<nil> rs"\xffB"EOF ws9 <nil> tr8 wr4 <nil> rr26085 3 <nil> rr26412 3 <nil> rr65533 1 <nil> ws1 <nil> wb<nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read nx"\xaa\xf0\x9a" ws9 <nil> rr65533 1 <nil> wb<nil> rf9 <nil> rf9 <nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read ws5 <nil> r5"\x89\xffP\xe6\x97"<nil> rs"\xa5本語A日本語日本語xyz\n"<nil> reset rs""EOF g0 | "" 0
// "" <nil> 0
// rB""EOF wb<nil> nx"I" rB""EOF ub<nil> wt1"I"<nil> nx"" g0 rf0 <nil> nx"" r0""EOF rf1 <nil> ws5 <nil> rB"al"<nil> ws6 <nil> rr105 1 <nil> r1"n"<nil> ws0 <nil> wt8"e\nhéllo"<nil> rf5 <nil> tr0 rs""EOF wt0""<nil> wb<nil> | "P" 1
// "P" <nil> 0
// tr0 wt0""<nil> nx"" rB""EOF ub<nil> rB""EOF rs""EOF wr3 <nil> rf0 <nil> rB"ꪣ"EOF nx"" wr3 <nil> rf1 <nil> rb232 <nil> wr3 <nil> rB"\x86\xa2\xffᜒ"EOF rB""EOF g0 ubbytes.Buffer: UnreadByte: previous operation was not a successful read rr0 0 EOF rb0 EOF ws1 <nil> rf5 <nil> wb<nil> rb97 <nil> | "xyz\n\nM" 6
// "xyz\n\nM" <nil> 0
// r0""EOF wt0""<nil> tr0 r0""EOF rb0 EOF nx"" g0 rs""EOF tr0 wb<nil> rr68 1 <nil> ur<nil> rf5 <nil> rb68 <nil> rf6 <nil> rB"l"<nil> tr9 rb105 <nil> r4"ne\nh"<nil> rb195 <nil> rb169 <nil> wb<nil> | "llF" 3
// "llF" <nil> 0
// rB""EOF rr0 0 EOF rf1 <nil> rr65533 1 <nil> tr0 g0 rb0 EOF wt0""<nil> nx"" rr0 0 EOF tr0 tr0 rB""EOF ub<nil> ws5 <nil> wt5"line\n"<nil> g0 rB""EOF rf5 <nil> nx"x" wb<nil> nx"yz\n\n" reset | "" 0
// "" <nil> 0
// wr4 <nil> rB"\U0001be2f"EOF ws6 <nil> wt6"héllo"<nil> nx"" wr4 <nil> rB"\U00019e8e"EOF wr3 <nil> rr45719 3 <nil> rB""EOF rB""EOF wt0""<nil> rr0 0 EOF wt0""<nil> rr0 0 EOF g0 rB""EOF urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune rs""EOF rB""EOF r0""EOF rr0 0 EOF nx"" wb<nil> | "N" 1
// "N" <nil> 0
// rb0 EOF wb<nil> tr0 r0""EOF rb0 EOF wr3 <nil> rr47692 3 <nil> wt0""<nil> rb0 EOF reset tr0 ws1 <nil> wb<nil> rb255 <nil> r1"O"<nil> ub<nil> wt1"O"<nil> nx"" rf9 <nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read g9 rb230 <nil> tr8 rr65533 1 <nil> rB"\xa5本語"EOF | "" 0
// "" <nil> 0
// wt0""<nil> r0""EOF wr3 <nil> rs"\uf7ea"EOF tr0 rf6 <nil> wt6"héllo"<nil> rB""EOF g0 rf0 <nil> nx"" wt0""<nil> wr4 <nil> r0""<nil> nx"\xf0\x92\x9e" urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune rb139 <nil> tr0 wt0""<nil> wb<nil> nx"U" ws5 <nil> wr4 <nil> rf0 <nil> | "xyz\n\n\U0001b828" 9
// "xyz\n\n\U0001b828" <nil> 0
// wb<nil> wt1"I"<nil> rs""EOF rs""EOF rf6 <nil> r2"h\xc3"<nil> rB"\xa9l"<nil> rb108 <nil> r1"o"<nil> tr0 g0 rs""EOF r0""EOF tr0 wr3 <nil> nx"" tr0 wt0""<nil> rf1 <nil> wr3 <nil> wb<nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune nx"\xff" | "㑒N" 4
// "㑒N" <nil> 0
// wr4 <nil> wr4 <nil> rr105207 4 <nil> g4 rs"\U00019bad"EOF ub<nil> rf5 <nil> rB"\xadxyz\n\n"EOF rs""EOF wt0""<nil> tr0 reset g0 rB""EOF rs""EOF rf6 <nil> rr104 1 <nil> nx"\xc3" ub<nil> rb195 <nil> ub<nil> ws1 <nil> nx"é" wt4"lloa"<nil> | "" 0
// "" <nil> 0
// g0 rs""EOF reset ws5 <nil> wr4 <nil> rf1 <nil> nx"li" rs"ne\n"<nil> ws5 <nil> wr3 <nil> rs"\U00010da1\xffxyz\n"<nil> ub<nil> rs"\n"<nil> rB"\n\ue356"EOF wb<nil> wb<nil> wr3 <nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read g5 wr3 <nil> wb<nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune wb<nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read | "YH㌄폋OW" 10
// "YH㌄폋OW" <nil> 0
// g0 g0 wb<nil> g1 wr3 <nil> g4 rr75 1 <nil> wt3"\ued10"<nil> reset wt0""<nil> wb<nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune reset wt0""<nil> r0""EOF wt0""<nil> wt0""<nil> nx"" ubbytes.Buffer: UnreadByte: previous operation was not a successful read tr0 wb<nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read ws6 <nil> | "Whéllo" 7
// "Whéllo" <nil> 0
// rs"xyz\n"<nil> nx"" rf1 <nil> g2 wb<nil> rs"\n"<nil> g2 g2 rr65533 1 <nil> nx"I" wb<nil> rB"A"EOF g0 rB""EOF wr4 <nil> rs"\U0001b9b2"EOF rb0 EOF r0""EOF nx"" tr0 rB""EOF rf0 <nil> | "" 0
// "" <nil> 0
// wr4 <nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune tr6 urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune r5"line\n"<nil> wb<nil> wr3 <nil> rr65533 1 <nil> r4"U\uf1aa"<nil> rB""EOF nx"" wt0""<nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune ubbytes.Buffer: UnreadByte: previous operation was not a successful read r0""EOF rs""EOF g0 tr0 ws0 <nil> g0 urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune ubbytes.Buffer: UnreadByte: previous operation was not a successful read rB""EOF urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune r0""EOF | "" 0
// "" <nil> 0
// nx"a" rB""EOF nx"" r0""EOF r0""EOF rf5 <nil> nx"line" rs"\n"<nil> rf1 <nil> nx"a" r0""EOF g0 g0 g0 tr0 tr0 rb0 EOF rf9 <nil> nx"\xe6" rb151 <nil> tr4 rb165 <nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune r2"\xe6\x9c"<nil> | "\xac" 1
// "\xac" <nil> 0
// g0 r0""<nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune rs""EOF nx"" urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune wb<nil> wt1"H"<nil> wt0""<nil> wr4 <nil> reset rf5 <nil> rr108 1 <nil> rB"ine\n"EOF ub<nil> rb10 <nil> r0""<nil> wb<nil> rf6 <nil> r1"G"<nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune wb<nil> rr104 1 <nil> ub<nil> | "hélloF" 7
// "hélloF" <nil> 0
// rB""EOF r0""EOF rB""EOF ub<nil> rf5 <nil> rB"xyz\n\n"EOF rB""EOF rB""EOF r0""EOF ubbytes.Buffer: UnreadByte: previous operation was not a successful read tr0 rB""EOF wb<nil> tr1 urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune rr90 1 <nil> wr3 <nil> r0""<nil> ws5 <nil> rb233 <nil> tr5 nx"\xaa\x96xy" ws1 <nil> | "za" 2
// "za" <nil> 0
// ws5 <nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune r1"l"<nil> wb<nil> rB"ine\nN"EOF g0 r0""EOF g0 wb<nil> wb<nil> reset wb<nil> wr4 <nil> ws6 <nil> rf1 <nil> ws9 <nil> rb86 <nil> wb<nil> r5"𝒖h"<nil> rB"él"<nil> rs"loa日本語N"EOF rs""EOF urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune rs""EOF urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune | "" 0
// "" <nil> 0
// tr0 rB""EOF wr4 <nil> rf6 <nil> reset nx"" wb<nil> wt1"C"<nil> r0""EOF rf0 <nil> rr0 0 EOF rr0 0 EOF ubbytes.Buffer: UnreadByte: previous operation was not a successful read g0 reset wt0""<nil> wb<nil> rf1 <nil> wr3 <nil> r4"Ka\xec\xa0"<nil> ub<nil> rf0 <nil> ws1 <nil> rb160 <nil> rs"\xb7a"EOF | "" 0
// "" <nil> 0
// rb0 EOF ws1 <nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read ubbytes.Buffer: UnreadByte: previous operation was not a successful read rr97 1 <nil> rf1 <nil> tr0 rs""EOF rs""EOF rr0 0 EOF g0 rb0 EOF nx"" r0""EOF wt0""<nil> rs""EOF tr0 r0""EOF reset reset rb0 EOF rr0 0 EOF rr0 0 EOF wt0""<nil> g0 | "" 0
// "" <nil> 0
// wt0""<nil> rf9 <nil> ws6 <nil> nx"\xe6" g14 rs"\x97\xa5本語héllo"EOF nx"" g0 urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune rB""EOF rs""EOF r0""EOF ws5 <nil> nx"" wt5"xyz\n\n"<nil> rf9 <nil> r4"日\xe6"<nil> rf9 <nil> rr65533 1 <nil> g13 rf5 <nil> rr65533 1 <nil> rf9 <nil> reset rr0 0 EOF | "" 0
// "" <nil> 0
// wr4 <nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune rb240 <nil> rB"\x97\x8c\x90"EOF g0 rf1 <nil> rb97 <nil> tr0 wb<nil> ws1 <nil> g2 g2 rb71 <nil> nx"a" tr0 ws5 <nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read rB"xyz\n\n"EOF ub<nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read rb10 <nil> | "" 0
// "" <nil> 0
// nx"" wt0""<nil> reset ubbytes.Buffer: UnreadByte: previous operation was not a successful read rs""EOF wt0""<nil> rs""EOF nx"" rb0 EOF wr3 <nil> wt3"ⶨ"<nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read wb<nil> wr4 <nil> rb71 <nil> tr3 ws6 <nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read nx"\xf0\x9b\x90h" g5 rs"éllo"EOF wr4 <nil> wr3 <nil> tr4 | "\U00014138" 4
// "\U00014138" <nil> 0
// rB""EOF rB""EOF rr0 0 EOF g0 ws9 <nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune rb230 <nil> rr65533 1 <nil> r4"\xa5本"<nil> rB"語"EOF tr0 ws1 <nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read wr4 <nil> rr65533 1 <nil> tr2 ubbytes.Buffer: UnreadByte: previous operation was not a successful read rr65533 1 <nil> g1 ub<nil> nx"\x9a" ws1 <nil> nx"a" r0""EOF rB""EOF | "" 0
// "" <nil> 0
// wt0""<nil> rB""EOF rB""EOF rs""EOF rr0 0 EOF wt0""<nil> ws1 <nil> g1 wb<nil> rs"\xffB"EOF rr0 0 EOF ws1 <nil> g1 wr3 <nil> g4 nx"\xff" rf0 <nil> g3 wb<nil> g4 wt4"�T"<nil> tr0 nx"" rB""EOF urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune | "" 0
// "" <nil> 0
// wb<nil> nx"" wt1"V"<nil> rr0 0 EOF tr0 rb0 EOF rB""EOF ub<nil> rf0 <nil> rB""EOF rB""EOF rb0 EOF rf9 <nil> wt9"日本語"<nil> g0 rf9 <nil> rr26085 3 <nil> wt6"本語"<nil> wb<nil> wb<nil> nx"" rb70 <nil> | "H" 1
// "H" <nil> 0
// rf1 <nil> r0""<nil> g1 wb<nil> rf9 <nil> wr3 <nil> r1"a"<nil> nx"E日" r4"本\xe8"<nil> wt5"\xaa\x9eᵮ"<nil> rB""EOF ws0 <nil> wb<nil> wt1"X"<nil> rB""EOF urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune g0 tr0 wr4 <nil> rb240 <nil> rf5 <nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune tr5 urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune wr3 <nil> | "\x94\xb4\xadli툱" 8
// "\x94\xb4\xadli툱" <nil> 0
// g0 rr0 0 EOF tr0 wr3 <nil> g3 nx"\xe4\xb5" g1 urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune wb<nil> rf0 <nil> rf6 <nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read wb<nil> rs"\x9eIhélloX"EOF ub<nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read rf1 <nil> ws6 <nil> nx"X\xff" rs"héllo"EOF rb0 EOF r0""EOF | "" 0
// "" <nil> 0
// rs""EOF rb0 EOF urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune wb<nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune r1"C"<nil> wt0""<nil> rr0 0 EOF ws5 <nil> g5 g5 tr5 tr1 reset wb<nil> rf9 <nil> r4"F日"<nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune wr4 <nil> tr8 rr26412 3 <nil> rs"語\xf0\x9a"EOF rs""EOF rr0 0 EOF | "" 0
// "" <nil> 0
// r1"a"<nil> rf1 <nil> wb<nil> rB"\xffV"EOF reset ws1 <nil> rs"a"EOF wr4 <nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read rB"\U0001a81e"EOF reset rf5 <nil> rb120 <nil> ws5 <nil> rf1 <nil> tr8 r2"yz"<nil> ws5 <nil> r0""<nil> wb<nil> r5"\n\nxyz"<nil> rb10 <nil> wb<nil> | "line\nHY" 7
// "line\nHY" <nil> 0
// rb120 <nil> ws9 <nil> wt13"yz\n\n日本語"<nil> wr3 <nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read tr1 rf1 <nil> r2"\xefa"<nil> wr4 <nil> wr3 <nil> ws5 <nil> rf0 <nil> g12 urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune r1"\xf0"<nil> wt11"\x9c\x80\xb9铉xyz\n\n"<nil> rb0 EOF rr0 0 EOF tr0 rs""EOF rr0 0 EOF urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune reset urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune | "" 0
// "" <nil> 0
// rs""EOF ub<nil> ws6 <nil> wr3 <nil> r2"h\xc3"<nil> rb169 <nil> wb<nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read rs"llo暸H"EOF urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune nx"" wt0""<nil> nx"" ubbytes.Buffer: UnreadByte: previous operation was not a successful read nx"" ws5 <nil> rB"xyz\n\n"EOF rf6 <nil> nx"hé" urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune ub<nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read | "\xa9llo" 4
// "\xa9llo" <nil> 0
// wb<nil> wr4 <nil> ws5 <nil> wb<nil> wt16"xyz\n\nQ\U0001e06dxyz\n\nV"<nil> wb<nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read rs"S"EOF wt0""<nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune tr0 wr3 <nil> g3 wt3"掵"<nil> r0""EOF rb0 EOF rr0 0 EOF ubbytes.Buffer: UnreadByte: previous operation was not a successful read g0 tr0 rr0 0 EOF nx"" | "" 0
// "" <nil> 0
// g0 ws6 <nil> wr3 <nil> rs"hélloꛝ"EOF urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune rf5 <nil> wt5"line\n"<nil> ws1 <nil> g1 urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune ubbytes.Buffer: UnreadByte: previous operation was not a successful read rB"\xff"EOF reset wr3 <nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read r2"\xe3\xbc"<nil> r1"\xb1"<nil> ub<nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read rr65533 1 <nil> wt0""<nil> nx"" | "" 0
// "" <nil> 0
// tr0 wb<nil> ws1 <nil> g2 wb<nil> rf5 <nil> wr3 <nil> rs"X\xffJxyz\n"<nil> r4"\nയ"<nil> ws1 <nil> r1"\xff"<nil> rf0 <nil> wb<nil> rB"C"EOF wt0""<nil> ws1 <nil> rs"\xff"EOF nx"" rB""EOF wt0""<nil> rb0 EOF wr3 <nil> ws6 <nil> g9 ws0 <nil> | "乐héllo" 9
// "乐héllo" <nil> 0
// rr104 1 <nil> wb<nil> wt6"élloC"<nil> ws5 <nil> rb120 <nil> wt4"yz\n\n"<nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read nx"" nx"" rf1 <nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read rr97 1 <nil> tr0 urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune ubbytes.Buffer: UnreadByte: previous operation was not a successful read rs""EOF nx"" wb<nil> g1 rr77 1 <nil> nx"" nx"" rb0 EOF ws1 <nil> | "\xff" 1
// "\xff" <nil> 0
// ws1 <nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read rb104 <nil> ws6 <nil> rB"él"<nil> wr3 <nil> g12 rr108 1 <nil> rf5 <nil> r4"o\xffh\xc3"<nil> r3"\xa9ll"<nil> wr3 <nil> rs"o덳xyz\n"<nil> wr3 <nil> wt7"\n\ue157鐂"<nil> ws6 <nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune nx"" wr3 <nil> wt9"hélloඥ"<nil> nx"" wb<nil> rb83 <nil> g0 | "" 0
// "" <nil> 0
// ws0 <nil> rr0 0 EOF wt0""<nil> g0 rr0 0 EOF ws0 <nil> rB""EOF r0""EOF wt0""<nil> r0""EOF g0 ws6 <nil> rf0 <nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read r3"hé"<nil> g3 urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune tr3 tr2 wb<nil> wb<nil> ws5 <nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune | "llBSxyz\n\n" 9
// "llBSxyz\n\n" <nil> 0
// ws1 <nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune tr0 rb0 EOF ubbytes.Buffer: UnreadByte: previous operation was not a successful read wt0""<nil> rB""EOF urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune wt0""<nil> rf9 <nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read wr4 <nil> nx"日\xe6" urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune g9 rf1 <nil> rb156 <nil> rb172 <nil> rf0 <nil> rs"語\U0001ffdb\xff"EOF tr0 rf6 <nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune rs"héllo"EOF tr0 | "" 0
// "" <nil> 0
// tr0 wt0""<nil> rb0 EOF urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune ubbytes.Buffer: UnreadByte: previous operation was not a successful read urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune tr0 rf5 <nil> rB"l"<nil> g4 nx"ine\n" g0 g0 rr0 0 EOF ws0 <nil> ws5 <nil> ws5 <nil> reset rs""EOF wb<nil> wt1"J"<nil> reset reset rs""EOF | "" 0
// "" <nil> 0
// wr4 <nil> ws1 <nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune wr4 <nil> g10 nx"a\xf0\x9d" wb<nil> rr65533 1 <nil> wr4 <nil> wb<nil> g12 rs"\xb8\xff\U0001f2dbP\U000155a6B"EOF rB""EOF rf1 <nil> rs"\xff"EOF urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune nx"" ubbytes.Buffer: UnreadByte: previous operation was not a successful read wb<nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune rr69 1 <nil> tr0 r0""EOF nx"" | "" 0
// "" <nil> 0
// urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune wb<nil> nx"J" rb0 EOF rf9 <nil> rf9 <nil> wr4 <nil> rf9 <nil> rB"日本語日本語\U0001bafa日本語"EOF r0""EOF tr0 ubbytes.Buffer: UnreadByte: previous operation was not a successful read nx"" wr3 <nil> rs"譤"EOF rs""EOF r0""EOF wt0""<nil> reset ubbytes.Buffer: UnreadByte: previous operation was not a successful read rB""EOF rb0 EOF | "" 0
// "" <nil> 0
// tr0 r0""EOF rr0 0 EOF rf1 <nil> nx"a" rf1 <nil> tr1 rf1 <nil> wt2"\xff\xff"<nil> r0""<nil> rr0 0 EOF urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune ubbytes.Buffer: UnreadByte: previous operation was not a successful read nx"" rs""EOF wb<nil> rb81 <nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune rs""EOF rr0 0 EOF tr0 g0 tr0 tr0 | "" 0
// "" <nil> 0
// rf1 <nil> rr104 1 <nil> r0""<nil> wt6"éllo\xff"<nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune rr0 0 EOF rb0 EOF wr3 <nil> wb<nil> wr4 <nil> rB"ᓗV𑄹"EOF nx"" wr4 <nil> rb240 <nil> wr3 <nil> wr4 <nil> g10 tr5 ws5 <nil> wb<nil> rb149 <nil> rb133 <nil> rs"\xb3\xe7\xabline\n"<nil> g1 | "X" 1
// "X" <nil> 0
// wr3 <nil> nx"x" wb<nil> reset g0 rB""EOF ws1 <nil> rs"a"EOF wt0""<nil> rB""EOF urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune tr0 g0 nx"" tr0 rs""EOF r0""<nil> rs""EOF rB""EOF rB""EOF wr3 <nil> wb<nil> wr4 <nil> rr11024 3 <nil> rb66 <nil> | "𘐱" 4
// "𘐱" <nil> 0
// wt0""<nil> rs""EOF ws1 <nil> g1 urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune ws1 <nil> tr2 g2 rb255 <nil> rb97 <nil> ub<nil> wt1"a"<nil> tr0 wb<nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune nx"M" ws1 <nil> wb<nil> rB"aY"EOF wb<nil> r1"Z"<nil> rB""EOF ws5 <nil> wb<nil> | "xyz\n\nY" 6
// "xyz\n\nY" <nil> 0
// rs"日本語"EOF rf5 <nil> rf5 <nil> ws9 <nil> rr108 1 <nil> ws0 <nil> tr13 rf0 <nil> r5"ine\nl"<nil> wr4 <nil> wt12"ine\n日\xe6\U0001c298"<nil> rb0 EOF r0""EOF rb0 EOF rB""EOF nx"" nx"" r0""EOF rs""EOF urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune wt0""<nil> tr0 r0""<nil> | "" 0
// "" <nil> 0
// g0 g0 tr0 ubbytes.Buffer: UnreadByte: previous operation was not a successful read g0 nx"" ubbytes.Buffer: UnreadByte: previous operation was not a successful read rr0 0 EOF nx"" wr4 <nil> rb240 <nil> ws1 <nil> wt4"\x97\x81\xb8\xff"<nil> wt0""<nil> ws5 <nil> g5 g5 rs"xyz\n"<nil> rf1 <nil> ws0 <nil> rb10 <nil> wr4 <nil> | "\xff\U0001644b" 5
// "\xff\U0001644b" <nil> 0
// rB""EOF urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune ub<nil> rf9 <nil> g9 g9 ubbytes.Buffer: UnreadByte: previous operation was not a successful read nx"日" reset nx"" ws1 <nil> nx"\xff" r0""<nil> rf1 <nil> g1 urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune rf1 <nil> wr4 <nil> rf9 <nil> rB"a\xff\U0001ecdd日本語"EOF wr4 <nil> g4 nx"\xf0\x90" wb<nil> rB"\x86\xa4A"EOF | "" 0
// "" <nil> 0
// reset rb0 EOF ubbytes.Buffer: UnreadByte: previous operation was not a successful read tr0 wt0""<nil> wt0""<nil> rs""EOF wb<nil> ws6 <nil> rr84 1 <nil> reset ubbytes.Buffer: UnreadByte: previous operation was not a successful read wr3 <nil> wr3 <nil> tr3 tr0 rr0 0 EOF urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune wr4 <nil> reset rs""EOF rf1 <nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read nx"\xff" | "" 0
// "" <nil> 0
// rf1 <nil> wb<nil> r1"x"<nil> r4"yz\n\n"<nil> wr4 <nil> rs"aR𗕰"EOF wb<nil> rB"D"EOF wr3 <nil> rB"촵"EOF rr0 0 EOF urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune wt0""<nil> rs""EOF rs""EOF tr0 ws1 <nil> ws5 <nil> rb255 <nil> rr108 1 <nil> g4 rB"ine\n"EOF ub<nil> wr3 <nil> wb<nil> | "\n㋗S" 5
// "\n㋗S" <nil> 0
// urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune wr4 <nil> rf1 <nil> rB"𔕲a"EOF wr4 <nil> tr0 rr0 0 EOF reset ubbytes.Buffer: UnreadByte: previous operation was not a successful read wb<nil> wb<nil> tr0 rs""EOF tr0 rr0 0 EOF rb0 EOF r0""EOF ws9 <nil> rB"日本語"EOF r0""EOF ubbytes.Buffer: UnreadByte: previous operation was not a successful read wr3 <nil> wb<nil> | "仰M" 4
// "仰M" <nil> 0
// ws9 <nil> tr1 rs"\xe6"EOF wb<nil> wb<nil> nx"IU" rB""EOF g0 nx"" wb<nil> rr73 1 <nil> wt0""<nil> rf1 <nil> rs"\xff"EOF r0""EOF urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune rB""EOF rb0 EOF g0 tr0 ubbytes.Buffer: UnreadByte: previous operation was not a successful read r0""EOF tr0 g0 rB""EOF | "" 0
// "" <nil> 0
// urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune ws9 <nil> ws6 <nil> r0""<nil> rr26085 3 <nil> r3"本"<nil> g9 ub<nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune rB"語hél"<nil> g2 rB"l"<nil> wb<nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune r2"oR"<nil> rf9 <nil> tr7 r4"日\xe6"<nil> rb156 <nil> rB"\xac\xe8"EOF g0 | "" 0
// "" <nil> 0
// nx"" r0""EOF r0""EOF wb<nil> rs"E"EOF r0""<nil> rb0 EOF rf6 <nil> rr104 1 <nil> ur<nil> wr4 <nil> rB"hél"<nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune wr3 <nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune rs"lo\U0001bf64ꤥ"EOF rr0 0 EOF nx"" wb<nil> rb67 <nil> ub<nil> wr3 <nil> | "C徣" 4
// "C徣" <nil> 0
// ubbytes.Buffer: UnreadByte: previous operation was not a successful read wb<nil> wb<nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune wt2"YN"<nil> ubbytes.Buffer: UnreadByte: previous operation was not a successful read rf5 <nil> rf5 <nil> wb<nil> reset wb<nil> urbytes.Buffer: UnreadRune: previous operation was not a successful ReadRune rf6 <nil> rs"Jhéllo"EOF rB""EOF g0 tr0 g0 r0""<nil> nx"" rf6 <nil> g6 g6 | "héllo" 6
// "héllo" <nil> 0
