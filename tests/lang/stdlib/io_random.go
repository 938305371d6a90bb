// Differential test: io.SectionReader, LimitReader, ReadFull,
// ReadAtLeast, CopyN and MultiReader with random offsets and sizes, from a
// fixed LCG.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

var seed uint32 = 2024

func rnd(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

func main() {
	src := "0123456789abcdefghijklmnopqrstuvwxyz"
	for i := 0; i < 200; i++ {
		off, n := int64(rnd(45)), int64(rnd(45))
		var ra io.ReaderAt = strings.NewReader(src)
		if rnd(2) == 0 {
			ra = bytes.NewReader([]byte(src))
		}
		sr := io.NewSectionReader(ra, off, n)
		fmt.Print(sr.Size(), " ")
		for k := 0; k < 4; k++ {
			switch rnd(4) {
			case 0:
				buf := make([]byte, rnd(8))
				m, err := sr.Read(buf)
				fmt.Printf("R%d:%q:%v ", m, buf[:m], err)
			case 1:
				buf := make([]byte, rnd(8))
				at := int64(rnd(20) - 3)
				m, err := sr.ReadAt(buf, at)
				fmt.Printf("A%d:%q:%v ", m, buf[:m], err)
			case 2:
				p, err := sr.Seek(int64(rnd(20)-5), rnd(4))
				fmt.Printf("S%d:%v ", p, err)
			case 3:
				lr := io.LimitReader(sr, int64(rnd(6)))
				b, err := io.ReadAll(lr)
				fmt.Printf("L%q:%v ", b, err)
			}
		}
		buf := make([]byte, rnd(10))
		m, err := io.ReadFull(strings.NewReader(src[:rnd(12)]), buf)
		fmt.Printf("F%d:%v ", m, err)
		m, err = io.ReadAtLeast(strings.NewReader(src[:rnd(12)]), buf, rnd(12))
		fmt.Printf("T%d:%v ", m, err)
		var sb strings.Builder
		c, err := io.CopyN(&sb, io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), strings.NewReader("cde")), int64(rnd(8)))
		fmt.Printf("C%d:%q:%v\n", c, sb.String(), err)
	}
}

// Output:
// 4 A0:"":EOF S15:<nil> R0:"":EOF R0:"":EOF F0:EOF T0:short buffer C4:"abcd":<nil>
// 24 R0:"":<nil> R2:"ab":<nil> A5:"lmnop":<nil> S0:Seek: invalid offset F6:<nil> T6:<nil> C0:"":<nil>
// 42 A0:"":EOF L"":<nil> L"":<nil> R0:"":EOF F0:<nil> T0:short buffer C1:"a":<nil>
// 17 S18:<nil> R0:"":EOF R0:"":EOF A0:"":EOF F1:<nil> T0:<nil> C0:"":<nil>
// 19 R6:"efghij":<nil> A1:"u":<nil> L"kl":<nil> L"mno":<nil> F8:<nil> T8:<nil> C5:"abcde":EOF
// 24 L"":<nil> L"":<nil> A0:"":EOF R0:"":EOF F4:<nil> T0:short buffer C3:"abc":<nil>
// 12 L"w":<nil> S3:<nil> A0:"":EOF A0:"":EOF F3:unexpected EOF T0:<nil> C1:"a":<nil>
// 27 S0:Seek: invalid whence A0:"":<nil> L"01234":<nil> L"56789":<nil> F6:<nil> T6:<nil> C1:"a":<nil>
// 27 S0:Seek: invalid whence L"o":<nil> R7:"pqrstuv":<nil> L"wxyz":<nil> F0:EOF T9:<nil> C5:"abcde":<nil>
// 30 S39:<nil> L"":<nil> L"":<nil> R0:"":EOF F3:unexpected EOF T8:<nil> C1:"a":<nil>
// 30 S0:Seek: invalid whence L"bc":<nil> L"d":<nil> S13:<nil> F4:<nil> T0:short buffer C3:"abc":<nil>
// 25 S4:<nil> L"":<nil> A0:"":<nil> R3:"wxy":<nil> F0:EOF T5:unexpected EOF C0:"":<nil>
// 28 R3:"456":<nil> S6:<nil> L"":<nil> L"":<nil> F3:<nil> T0:short buffer C3:"abc":<nil>
// 34 L"012":<nil> S6:<nil> L"67":<nil> S0:Seek: invalid whence F1:<nil> T0:short buffer C2:"ab":<nil>
// 12 A0:"":EOF A0:"":EOF L"":<nil> A0:"":EOF F8:<nil> T1:unexpected EOF C1:"a":<nil>
// 16 L"6":<nil> L"7":<nil> A0:"":EOF R1:"8":<nil> F7:<nil> T3:<nil> C5:"abcde":EOF
// 39 A5:"fghij":<nil> L"345":<nil> A7:"56789ab":<nil> S0:Seek: invalid whence F0:EOF T0:short buffer C5:"abcde":EOF
// 12 S2:<nil> S12:<nil> S0:Seek: invalid whence L"":<nil> F1:unexpected EOF T8:<nil> C3:"abc":<nil>
// 1 A0:"":EOF S2:<nil> A0:"":EOF S0:Seek: invalid offset F4:unexpected EOF T0:short buffer C4:"abcd":<nil>
// 42 L"012":<nil> R0:"":<nil> L"":<nil> L"34":<nil> F3:<nil> T0:short buffer C3:"abc":<nil>
// 4 R2:"hi":<nil> L"j":<nil> R1:"k":<nil> L"":<nil> F3:<nil> T0:short buffer C5:"abcde":EOF
// 15 R0:"":EOF A0:"":EOF R0:"":EOF L"":<nil> F2:unexpected EOF T0:short buffer C0:"":<nil>
// 36 L"jk":<nil> R6:"lmnopq":<nil> S5:<nil> A1:"z":EOF F0:<nil> T0:short buffer C4:"abcd":<nil>
// 34 A3:"opq":<nil> S0:Seek: invalid whence S0:Seek: invalid whence L"op":<nil> F3:<nil> T0:short buffer C5:"abcde":<nil>
// 20 A6:"hijklm":<nil> A0:"":<nil> S3:<nil> A0:"":<nil> F8:unexpected EOF T9:<nil> C1:"a":<nil>
// 23 R2:"rs":<nil> S37:<nil> A0:"":<nil> S0:Seek: invalid whence F0:EOF T2:unexpected EOF C2:"ab":<nil>
// 9 L"wxyz":<nil> A0:"":EOF A0:"":EOF L"":<nil> F3:<nil> T0:short buffer C4:"abcd":<nil>
// 38 A4:"qrst":<nil> L"lm":<nil> A0:"":EOF L"":<nil> F2:<nil> T0:short buffer C3:"abc":<nil>
// 38 A6:"ijklmn":<nil> S0:Seek: invalid whence A4:"ghij":<nil> S44:<nil> F0:EOF T6:<nil> C5:"abcde":EOF
// 12 R0:"":EOF R0:"":EOF S14:<nil> A0:"":EOF F0:<nil> T0:short buffer C0:"":<nil>
// 2 S0:Seek: invalid offset R2:"01":<nil> R0:"":EOF L"":<nil> F3:unexpected EOF T5:<nil> C5:"abcde":<nil>
// 8 S2:<nil> A0:"":EOF A1:"z":EOF R0:"":<nil> F4:<nil> T0:short buffer C3:"abc":<nil>
// 14 R2:"01":<nil> S0:Seek: invalid whence R1:"2":<nil> S0:Seek: invalid whence F1:<nil> T0:short buffer C1:"a":<nil>
// 30 S7:<nil> R6:"opqrst":<nil> A0:"":EOF A0:"":<nil> F8:<nil> T0:short buffer C4:"abcd":<nil>
// 14 A0:"":EOF S0:Seek: invalid whence R0:"":EOF S24:<nil> F8:<nil> T5:<nil> C4:"abcd":<nil>
// 43 L"1234":<nil> A3:"abc":<nil> R1:"5":<nil> L"":<nil> F1:unexpected EOF T0:short buffer C1:"a":<nil>
// 34 L"klmno":<nil> L"":<nil> S7:<nil> A1:"y":<nil> F2:<nil> T1:<nil> C3:"abc":<nil>
// 15 L"cde":<nil> R3:"fgh":<nil> R4:"ijkl":<nil> R1:"m":<nil> F1:unexpected EOF T8:<nil> C5:"abcde":EOF
// 26 S32:<nil> S4:<nil> L"ijklm":<nil> A6:"ghijkl":<nil> F0:EOF T0:short buffer C4:"abcd":<nil>
// 19 A0:"":EOF L"mnop":<nil> L"":<nil> A0:"":<nil> F0:EOF T2:<nil> C3:"abc":<nil>
// 12 S0:Seek: invalid offset A0:"":EOF R6:"nopqrs":<nil> L"t":<nil> F2:<nil> T0:short buffer C5:"abcde":EOF
// 43 R6:"opqrst":<nil> S2:<nil> R1:"q":<nil> S0:<nil> F4:<nil> T0:short buffer C5:"abcde":<nil>
// 2 L"lm":<nil> S4:<nil> L"":<nil> R0:"":EOF F8:unexpected EOF T3:unexpected EOF C5:"abcde":EOF
// 19 A0:"":EOF L"wx":<nil> A0:"":EOF L"yz":<nil> F2:<nil> T0:short buffer C3:"abc":<nil>
// 38 R1:"z":EOF A0:"":EOF L"":<nil> A0:"":EOF F3:unexpected EOF T0:<nil> C5:"abcde":<nil>
// 20 S0:Seek: invalid whence A0:"":EOF A0:"":EOF L"":<nil> F4:<nil> T0:short buffer C3:"abc":<nil>
// 15 R0:"":EOF L"":<nil> A0:"":EOF L"":<nil> F2:unexpected EOF T0:short buffer C4:"abcd":<nil>
// 0 L"":<nil> S4:<nil> L"":<nil> A0:"":EOF F2:<nil> T2:<nil> C1:"a":<nil>
// 16 L"":<nil> A0:"":EOF A3:"mno":EOF A3:"klm":<nil> F8:<nil> T8:<nil> C0:"":<nil>
// 44 S7:<nil> S0:Seek: invalid whence R7:"ghijklm":<nil> S25:<nil> F3:<nil> T3:<nil> C5:"abcde":EOF
// 32 S36:<nil> S0:Seek: invalid offset R0:"":EOF L"":<nil> F9:<nil> T0:short buffer C5:"abcde":EOF
// 30 R7:"89abcde":<nil> A1:"9":<nil> S0:<nil> A0:"":EOF F5:unexpected EOF T0:short buffer C5:"abcde":EOF
// 40 L"12345":<nil> R7:"6789abc":<nil> L"de":<nil> A4:"89ab":<nil> F2:<nil> T0:short buffer C5:"abcde":<nil>
// 2 L"vw":<nil> A0:"":EOF R0:"":EOF A0:"":EOF F1:unexpected EOF T0:short buffer C5:"abcde":<nil>
// 38 L"":<nil> L"":<nil> L"":<nil> S52:<nil> F7:<nil> T4:unexpected EOF C1:"a":<nil>
// 22 L"abc":<nil> S8:<nil> L"i":<nil> S14:<nil> F3:unexpected EOF T2:<nil> C1:"a":<nil>
// 33 S4:<nil> A4:"lmno":<nil> L"ef":<nil> L"":<nil> F4:<nil> T4:<nil> C5:"abcde":<nil>
// 19 A1:"z":EOF S18:<nil> R0:"":EOF S26:<nil> F0:<nil> T0:short buffer C3:"abc":<nil>
// 38 S4:<nil> S9:<nil> R0:"":EOF S39:<nil> F2:<nil> T0:short buffer C5:"abcde":<nil>
// 24 L"":<nil> S23:<nil> R0:"":EOF S33:<nil> F0:<nil> T0:short buffer C2:"ab":<nil>
// 17 R7:"ijklmno":<nil> A4:"vwxy":EOF L"pqrs":<nil> R0:"":<nil> F1:unexpected EOF T0:short buffer C4:"abcd":<nil>
// 21 L"f":<nil> R3:"ghi":<nil> L"jklm":<nil> L"no":<nil> F2:unexpected EOF T2:unexpected EOF C3:"abc":<nil>
// 44 S56:<nil> S59:<nil> S7:<nil> S13:<nil> F0:<nil> T0:short buffer C5:"abcde":EOF
// 28 R4:"klmn":<nil> A2:"yz":EOF S2:<nil> R5:"mnopq":<nil> F6:<nil> T0:short buffer C5:"abcde":EOF
// 0 R0:"":EOF L"":<nil> L"":<nil> L"":<nil> F5:unexpected EOF T0:<nil> C0:"":<nil>
// 15 L"":<nil> R0:"":EOF L"":<nil> A0:"":EOF F2:<nil> T0:short buffer C5:"abcde":<nil>
// 23 L"st":<nil> L"uvw":<nil> R0:"":<nil> A7:"tuvwxyz":<nil> F4:<nil> T0:EOF C3:"abc":<nil>
// 26 L"efgh":<nil> L"ijk":<nil> S13:<nil> S0:Seek: invalid whence F4:<nil> T0:short buffer C5:"abcde":<nil>
// 5 L"stuv":<nil> A2:"vw":EOF R1:"w":<nil> A0:"":EOF F2:<nil> T0:short buffer C5:"abcde":EOF
// 20 R1:"k":<nil> L"":<nil> L"lmno":<nil> L"pqrs":<nil> F3:unexpected EOF T0:short buffer C0:"":<nil>
// 17 S2:<nil> L"":<nil> S0:Seek: invalid whence A2:"tu":EOF F2:unexpected EOF T1:unexpected EOF C4:"abcd":<nil>
// 7 A0:"":EOF L"":<nil> A0:"":EOF S14:<nil> F1:unexpected EOF T7:unexpected EOF C2:"ab":<nil>
// 25 A5:"defgh":<nil> A4:"4567":<nil> A5:"6789a":<nil> S0:Seek: invalid whence F5:unexpected EOF T1:unexpected EOF C5:"abcde":EOF
// 16 L"9abcd":<nil> S0:Seek: invalid whence S7:<nil> R3:"ghi":<nil> F7:<nil> T1:unexpected EOF C5:"abcde":EOF
// 24 R2:"45":<nil> L"6789a":<nil> L"bcd":<nil> A0:"":EOF F8:<nil> T8:<nil> C3:"abc":<nil>
// 12 S14:<nil> A0:"":EOF S11:<nil> A0:"":EOF F0:EOF T1:unexpected EOF C5:"abcde":EOF
// 7 R3:"678":<nil> R3:"9ab":<nil> S0:Seek: invalid whence A0:"":EOF F5:<nil> T0:<nil> C5:"abcde":EOF
// 11 S14:<nil> A0:"":EOF A0:"":EOF S2:<nil> F0:<nil> T0:short buffer C4:"abcd":<nil>
// 15 R2:"9a":<nil> A1:"i":<nil> R0:"":<nil> R3:"bcd":<nil> F0:EOF T2:<nil> C2:"ab":<nil>
// 18 L"lm":<nil> R4:"nopq":<nil> A0:"":<nil> R6:"rstuvw":<nil> F1:<nil> T0:short buffer C4:"abcd":<nil>
// 8 L"nop":<nil> R3:"qrs":<nil> R0:"":<nil> A0:"":EOF F1:unexpected EOF T2:<nil> C1:"a":<nil>
// 21 S0:Seek: invalid offset A0:"":EOF L"stuv":<nil> S18:<nil> F0:<nil> T0:short buffer C5:"abcde":EOF
// 10 A0:"":EOF S0:Seek: invalid whence A0:"":EOF A0:"":EOF F1:unexpected EOF T0:short buffer C1:"a":<nil>
// 2 S0:Seek: invalid whence R2:"rs":<nil> R0:"":EOF A0:"":EOF F5:<nil> T0:<nil> C4:"abcd":<nil>
// 34 R3:"abc":<nil> L"":<nil> R6:"defghi":<nil> R3:"jkl":<nil> F3:unexpected EOF T0:short buffer C1:"a":<nil>
// 1 S2:<nil> R0:"":EOF S0:Seek: invalid offset L"":<nil> F6:<nil> T6:<nil> C5:"abcde":EOF
// 23 R1:"z":EOF S37:<nil> A0:"":EOF S0:Seek: invalid whence F8:unexpected EOF T4:<nil> C5:"abcde":EOF
// 35 R3:"xyz":EOF R0:"":EOF L"":<nil> R0:"":EOF F5:<nil> T0:<nil> C2:"ab":<nil>
// 12 R0:"":EOF L"":<nil> A0:"":EOF R0:"":EOF F2:<nil> T2:<nil> C5:"abcde":EOF
// 1 R0:"":EOF S0:Seek: invalid whence R0:"":EOF S0:Seek: invalid whence F1:unexpected EOF T1:unexpected EOF C5:"abcde":<nil>
// 22 S0:Seek: invalid offset R2:"gh":<nil> A1:"l":<nil> A4:"stuv":<nil> F4:<nil> T0:short buffer C0:"":<nil>
// 8 A0:"":EOF S0:Seek: invalid whence R6:"abcdef":<nil> S6:<nil> F4:<nil> T1:unexpected EOF C0:"":<nil>
// 11 L"wx":<nil> A0:"":EOF R2:"yz":EOF L"":<nil> F5:unexpected EOF T1:<nil> C5:"abcde":<nil>
// 10 L"stu":<nil> L"vwxy":<nil> S0:Seek: invalid offset A5:"uvwxy":<nil> F4:<nil> T0:short buffer C5:"abcde":EOF
// 8 L"":<nil> R0:"":EOF R0:"":EOF R0:"":EOF F0:<nil> T0:short buffer C2:"ab":<nil>
// 1 S11:<nil> S0:<nil> L"6":<nil> A0:"":EOF F5:<nil> T0:short buffer C0:"":<nil>
// 4 A0:"":EOF L"de":<nil> L"fg":<nil> A0:"":EOF F2:<nil> T0:short buffer C5:"abcde":EOF
// 15 S1:<nil> A6:"efghij":<nil> R2:"de":<nil> L"f":<nil> F6:<nil> T6:<nil> C2:"ab":<nil>
// 39 R2:"op":<nil> S2:<nil> R5:"qrstu":<nil> S8:<nil> F2:<nil> T0:short buffer C1:"a":<nil>
// 34 L"vwxyz":<nil> S36:<nil> L"":<nil> R0:"":EOF F8:unexpected EOF T7:unexpected EOF C3:"abc":<nil>
// 27 A4:"wxyz":EOF L"ij":<nil> A7:"klmnopq":<nil> L"klmno":<nil> F7:unexpected EOF T2:unexpected EOF C5:"abcde":EOF
// 37 R0:"":EOF A0:"":EOF L"":<nil> A0:"":EOF F1:<nil> T0:<nil> C1:"a":<nil>
// 27 S0:Seek: invalid whence A3:"efg":<nil> A6:"ijklmn":<nil> L"defg":<nil> F1:unexpected EOF T0:short buffer C5:"abcde":EOF
// 33 R1:"q":<nil> L"":<nil> A7:"qrstuvw":<nil> L"rs":<nil> F3:<nil> T3:<nil> C0:"":<nil>
// 16 L"":<nil> S16:<nil> L"":<nil> A1:"z":<nil> F2:<nil> T0:short buffer C5:"abcde":<nil>
// 9 L"":<nil> A3:"def":<nil> A0:"":EOF A0:"":EOF F6:<nil> T0:short buffer C4:"abcd":<nil>
// 36 S0:Seek: invalid offset S0:Seek: invalid whence R3:"tuv":<nil> S2:<nil> F1:<nil> T0:short buffer C3:"abc":<nil>
// 13 S21:<nil> S7:<nil> R3:"wxy":<nil> L"z":<nil> F6:unexpected EOF T2:unexpected EOF C3:"abc":<nil>
// 35 R0:"":EOF A0:"":EOF S0:Seek: invalid offset A0:"":EOF F1:unexpected EOF T2:<nil> C3:"abc":<nil>
// 22 L"":<nil> R0:"":EOF L"":<nil> A0:"":EOF F3:unexpected EOF T8:<nil> C1:"a":<nil>
// 38 L"":<nil> A0:"":EOF R0:"":EOF A0:"":EOF F1:unexpected EOF T0:short buffer C1:"a":<nil>
// 35 L"tuvw":<nil> L"x":<nil> L"yz":<nil> S49:<nil> F7:unexpected EOF T8:<nil> C5:"abcde":<nil>
// 4 L"j":<nil> S10:<nil> L"":<nil> S23:<nil> F3:unexpected EOF T8:<nil> C5:"abcde":<nil>
// 0 S12:<nil> A0:"":EOF L"":<nil> L"":<nil> F4:<nil> T0:short buffer C1:"a":<nil>
// 41 A2:"pq":<nil> S48:<nil> R0:"":EOF S36:<nil> F4:<nil> T4:<nil> C5:"abcde":EOF
// 6 S12:<nil> S13:<nil> R0:"":EOF S3:<nil> F0:<nil> T0:short buffer C1:"a":<nil>
// 17 L"xyz":<nil> S28:<nil> R0:"":EOF S34:<nil> F8:<nil> T1:unexpected EOF C5:"abcde":EOF
// 12 R3:"abc":<nil> A0:"":EOF L"de":<nil> R4:"fghi":<nil> F0:<nil> T0:short buffer C0:"":<nil>
// 3 L"ijk":<nil> R0:"":EOF L"":<nil> L"":<nil> F6:unexpected EOF T2:unexpected EOF C5:"abcde":EOF
// 42 S38:<nil> S45:<nil> S0:Seek: invalid offset S51:<nil> F8:<nil> T7:<nil> C2:"ab":<nil>
// 25 R0:"":<nil> A7:"56789ab":<nil> S14:<nil> R1:"h":<nil> F2:<nil> T0:short buffer C2:"ab":<nil>
// 16 R3:"012":<nil> L"3":<nil> L"":<nil> L"45678":<nil> F5:<nil> T0:short buffer C4:"abcd":<nil>
// 28 L"":<nil> R0:"":EOF L"":<nil> A0:"":EOF F8:<nil> T0:short buffer C1:"a":<nil>
// 44 L"fg":<nil> L"hij":<nil> R4:"klmn":<nil> A3:"klm":<nil> F1:unexpected EOF T0:short buffer C5:"abcde":EOF
// 15 L"tu":<nil> L"vwxyz":<nil> S5:<nil> S0:Seek: invalid whence F0:<nil> T0:short buffer C1:"a":<nil>
// 35 L"":<nil> A0:"":EOF R2:"yz":EOF A0:"":EOF F6:<nil> T6:<nil> C3:"abc":<nil>
// 13 R5:"efghi":<nil> L"":<nil> L"jk":<nil> L"lmno":<nil> F8:<nil> T8:<nil> C4:"abcd":<nil>
// 26 S14:<nil> L"kl":<nil> S0:Seek: invalid whence A3:"lmn":<nil> F2:unexpected EOF T1:unexpected EOF C0:"":<nil>
// 26 A0:"":EOF L"":<nil> A2:"gh":<nil> S6:<nil> F1:<nil> T0:short buffer C5:"abcde":EOF
// 33 A0:"":EOF A0:"":EOF A0:"":EOF S0:Seek: invalid whence F1:unexpected EOF T0:short buffer C3:"abc":<nil>
// 19 L"q":<nil> S0:Seek: invalid whence S0:Seek: invalid offset R7:"rstuvwx":<nil> F3:unexpected EOF T0:short buffer C3:"abc":<nil>
// 36 R3:"xyz":EOF L"":<nil> L"":<nil> A1:"y":<nil> F2:<nil> T0:short buffer C5:"abcde":EOF
// 18 S14:<nil> A0:"":EOF S11:<nil> A0:"":EOF F3:<nil> T0:short buffer C3:"abc":<nil>
// 23 R7:"0123456":<nil> R7:"789abcd":<nil> S0:Seek: invalid whence A2:"45":<nil> F1:unexpected EOF T0:<nil> C2:"ab":<nil>
// 1 S14:<nil> A0:"":EOF A0:"":EOF S0:Seek: invalid offset F0:<nil> T0:short buffer C0:"":<nil>
// 34 R6:"9abcde":<nil> A0:"":EOF R4:"fghi":<nil> R7:"jklmnop":<nil> F4:unexpected EOF T2:unexpected EOF C5:"abcde":EOF
// 15 L"":<nil> R0:"":EOF A0:"":EOF R0:"":EOF F5:<nil> T3:<nil> C0:"":<nil>
// 42 L"5":<nil> R7:"6789abc":<nil> R4:"defg":<nil> A0:"":EOF F1:unexpected EOF T0:short buffer C5:"abcde":<nil>
// 22 S7:<nil> A0:"":EOF L"":<nil> S9:<nil> F3:unexpected EOF T0:<nil> C2:"ab":<nil>
// 14 A0:"":<nil> S0:Seek: invalid whence A0:"":EOF A0:"":EOF F9:<nil> T7:unexpected EOF C5:"abcde":<nil>
// 41 S0:Seek: invalid whence R1:"9":<nil> R1:"a":<nil> A0:"":EOF F1:unexpected EOF T0:short buffer C0:"":<nil>
// 28 R7:"ijklmno":<nil> L"":<nil> R2:"pq":<nil> R7:"rstuvwx":<nil> F3:unexpected EOF T0:<nil> C5:"abcde":<nil>
// 23 S2:<nil> R3:"pqr":<nil> S29:<nil> L"":<nil> F6:<nil> T6:<nil> C2:"ab":<nil>
// 26 R6:"mnopqr":<nil> S36:<nil> A3:"xyz":EOF S0:Seek: invalid whence F4:unexpected EOF T4:<nil> C2:"ab":<nil>
// 10 R2:"yz":<nil> R0:"":EOF L"":<nil> R0:"":EOF F5:unexpected EOF T0:<nil> C5:"abcde":EOF
// 26 R5:"tuvwx":<nil> L"":<nil> A0:"":EOF R0:"":<nil> F4:<nil> T0:short buffer C3:"abc":<nil>
// 34 R2:"wx":<nil> S0:Seek: invalid whence R1:"y":<nil> S0:Seek: invalid whence F1:<nil> T0:short buffer C1:"a":<nil>
// 22 S7:<nil> R1:"z":EOF A0:"":EOF A0:"":EOF F4:<nil> T4:<nil> C4:"abcd":<nil>
// 30 A7:"jklmnop":<nil> S0:Seek: invalid whence R2:"ij":<nil> S28:<nil> F8:<nil> T0:short buffer C4:"abcd":<nil>
// 39 L"":<nil> A0:"":EOF R0:"":EOF L"":<nil> F4:<nil> T0:short buffer C1:"a":<nil>
// 28 L"34567":<nil> L"89ab":<nil> S0:Seek: invalid offset A0:"":EOF F0:<nil> T0:short buffer C3:"abc":<nil>
// 28 L"tuv":<nil> R3:"wxy":<nil> R1:"z":EOF R0:"":EOF F4:<nil> T0:short buffer C5:"abcde":EOF
// 35 S49:<nil> S0:<nil> L"p":<nil> A1:"z":EOF F4:unexpected EOF T7:<nil> C4:"abcd":<nil>
// 24 A1:"c":<nil> L"":<nil> L"":<nil> A0:"":<nil> F4:<nil> T2:<nil> C3:"abc":<nil>
// 40 S13:<nil> A2:"de":<nil> R6:"opqrst":<nil> L"uvw":<nil> F1:unexpected EOF T0:short buffer C5:"abcde":EOF
// 41 R6:"nopqrs":<nil> S6:<nil> R1:"t":<nil> S12:<nil> F7:unexpected EOF T8:<nil> C5:"abcde":<nil>
// 31 L"":<nil> S29:<nil> L"":<nil> R0:"":EOF F0:EOF T0:short buffer C5:"abcde":EOF
// 13 A0:"":EOF L"":<nil> A3:"def":<nil> L"b":<nil> F2:<nil> T0:short buffer C3:"abc":<nil>
// 6 R5:"stuvw":<nil> A0:"":EOF L"x":<nil> A1:"s":<nil> F1:<nil> T0:short buffer C5:"abcde":<nil>
// 26 S0:Seek: invalid whence A7:"lmnopqr":<nil> A2:"pq":<nil> L"":<nil> F5:unexpected EOF T0:short buffer C3:"abc":<nil>
// 3 R0:"":EOF L"":<nil> A0:"":EOF L"":<nil> F1:<nil> T0:short buffer C4:"abcd":<nil>
// 25 L"lmno":<nil> S25:<nil> L"":<nil> A3:"xyz":EOF F0:<nil> T0:short buffer C1:"a":<nil>
// 20 L"fg":<nil> A4:"vwxy":EOF A0:"":EOF A3:"mno":<nil> F5:unexpected EOF T8:<nil> C0:"":<nil>
// 31 S0:Seek: invalid offset S0:Seek: invalid whence R3:"xyz":EOF S10:<nil> F5:<nil> T0:short buffer C5:"abcde":EOF
// 40 S48:<nil> S7:<nil> R0:"":EOF L"":<nil> F6:unexpected EOF T6:<nil> C5:"abcde":EOF
// 32 R0:"":EOF A0:"":EOF S4:<nil> A0:"":EOF F8:<nil> T2:<nil> C5:"abcde":EOF
// 31 L"234":<nil> R7:"56789ab":<nil> L"cdef":<nil> A4:"9abc":<nil> F0:<nil> T0:short buffer C5:"abcde":<nil>
// 30 L"23":<nil> A0:"":EOF R4:"4567":<nil> A0:"":<nil> F0:<nil> T0:short buffer C5:"abcde":<nil>
// 3 L"":<nil> L"yz":<nil> L"":<nil> S13:<nil> F3:unexpected EOF T0:short buffer C1:"a":<nil>
// 16 L"8":<nil> S10:<nil> L"ijklm":<nil> S20:<nil> F2:<nil> T2:<nil> C1:"a":<nil>
// 28 S0:Seek: invalid offset A4:"klmn":<nil> L"hi":<nil> L"":<nil> F1:unexpected EOF T0:short buffer C5:"abcde":<nil>
// 19 A0:"":EOF S18:<nil> R0:"":EOF S22:<nil> F8:<nil> T8:<nil> C3:"abc":<nil>
// 5 S0:Seek: invalid offset S1:<nil> R4:"1234":<nil> S6:<nil> F2:<nil> T0:short buffer C5:"abcde":<nil>
// 40 L"stuvw":<nil> S51:<nil> R0:"":EOF S57:<nil> F0:<nil> T0:short buffer C2:"ab":<nil>
// 31 R7:"3456789":<nil> A6:"89abcd":<nil> L"abcd":<nil> R0:"":<nil> F8:<nil> T8:<nil> C4:"abcd":<nil>
// 39 L"klmno":<nil> R3:"pqr":<nil> L"":<nil> L"":<nil> F6:unexpected EOF T6:unexpected EOF C3:"abc":<nil>
// 33 S41:<nil> S44:<nil> S3:<nil> S9:<nil> F6:<nil> T3:<nil> C5:"abcde":EOF
// 27 R4:"cdef":<nil> A3:"efg":<nil> S14:<nil> R5:"qrstu":<nil> F0:<nil> T0:short buffer C5:"abcde":EOF
// 25 R2:"yz":EOF L"":<nil> L"":<nil> L"":<nil> F9:<nil> T1:unexpected EOF C0:"":<nil>
// 42 L"opqrs":<nil> R3:"tuv":<nil> L"wxy":<nil> A0:"":EOF F1:unexpected EOF T3:<nil> C5:"abcde":<nil>
// 37 L"cdef":<nil> L"ghi":<nil> R0:"":<nil> A0:"":EOF F1:unexpected EOF T0:<nil> C3:"abc":<nil>
// 12 L"":<nil> L"":<nil> S2:<nil> S0:Seek: invalid whence F6:<nil> T3:<nil> C5:"abcde":<nil>
// 10 L"":<nil> A0:"":EOF R7:"defghij":<nil> A0:"":<nil> F0:EOF T4:<nil> C5:"abcde":EOF
// 31 R1:"5":<nil> L"67":<nil> L"89":<nil> L"":<nil> F6:<nil> T3:<nil> C0:"":<nil>
// 3 S2:<nil> L"":<nil> S0:Seek: invalid whence A0:"":EOF F2:<nil> T0:short buffer C4:"abcd":<nil>
// 35 A2:"pq":<nil> L"opqr":<nil> A0:"":EOF S10:<nil> F1:<nil> T1:<nil> C2:"ab":<nil>
// 2 A0:"":EOF A0:"":EOF A0:"":EOF S0:Seek: invalid whence F5:<nil> T5:<nil> C5:"abcde":EOF
// 10 L"6":<nil> S0:Seek: invalid whence S0:Seek: invalid offset R3:"789":<nil> F3:<nil> T0:short buffer C5:"abcde":EOF
// 32 R2:"xy":<nil> L"z":<nil> L"":<nil> A2:"yz":EOF F3:unexpected EOF T8:<nil> C3:"abc":<nil>
// 21 S6:<nil> A6:"rstuvw":EOF S0:Seek: invalid offset A0:"":<nil> F7:<nil> T5:unexpected EOF C5:"abcde":EOF
// 13 R0:"":EOF R0:"":EOF S0:Seek: invalid whence A0:"":EOF F3:<nil> T0:short buffer C5:"abcde":EOF
// 30 S10:<nil> A0:"":EOF A0:"":EOF S0:Seek: invalid offset F0:<nil> T0:short buffer C4:"abcd":<nil>
// 10 R2:"tu":<nil> A1:"u":<nil> R0:"":<nil> R3:"vwx":<nil> F8:<nil> T0:short buffer C2:"ab":<nil>
// 33 L"wx":<nil> R2:"yz":EOF A0:"":EOF R0:"":EOF F3:<nil> T0:short buffer C4:"abcd":<nil>
// 16 L"":<nil> R0:"":EOF R0:"":EOF A0:"":EOF F5:unexpected EOF T1:unexpected EOF C1:"a":<nil>
// 41 S11:<nil> A0:"":EOF L"":<nil> S21:<nil> F0:<nil> T0:<nil> C5:"abcde":EOF
// 37 A4:"ijkl":<nil> S0:Seek: invalid whence A0:"":<nil> A6:"ghijkl":<nil> F1:<nil> T0:short buffer C1:"a":<nil>
// 33 S0:Seek: invalid whence R5:"hijkl":<nil> R5:"mnopq":<nil> A0:"":<nil> F1:unexpected EOF T0:<nil> C4:"abcd":<nil>
// 38 R3:"tuv":<nil> L"wxyz":<nil> R0:"":EOF R0:"":EOF F3:unexpected EOF T0:short buffer C1:"a":<nil>
// 36 S0:Seek: invalid offset R5:"vwxyz":EOF S50:<nil> L"":<nil> F0:EOF T0:short buffer C5:"abcde":EOF
