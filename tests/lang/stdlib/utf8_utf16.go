package main

import (
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

func main() {
	inputs := []string{"", "a", "héllo", "世界", "🙂x", "\xff", "a\xc0\x80b", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82", "\xf0\x9f\x99"}
	for _, s := range inputs {
		r, n := utf8.DecodeRuneInString(s)
		lr, ln := utf8.DecodeLastRuneInString(s)
		br, bn := utf8.DecodeRune([]byte(s))
		blr, bln := utf8.DecodeLastRune([]byte(s))
		fmt.Printf("%q count=%d valid=%v full=%v first=%U/%d last=%U/%d %U/%d %U/%d %d %v %v\n", s,
			utf8.RuneCountInString(s), utf8.ValidString(s), utf8.FullRuneInString(s),
			r, n, lr, ln, br, bn, blr, bln, utf8.RuneCount([]byte(s)), utf8.Valid([]byte(s)), utf8.FullRune([]byte(s)))
	}
	for _, r := range []rune{0, 'a', 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, -1, 0xD800, 0xDFFF, utf8.RuneError} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%U len=%d valid=%v enc=% x app=% x\n", r, utf8.RuneLen(r), utf8.ValidRune(r), buf[:n], utf8.AppendRune([]byte("<"), r))
	}
	fmt.Println(utf8.RuneStart('a'), utf8.RuneStart(0x80), utf8.RuneStart(0xC3), utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)

	// utf16
	for _, r := range []rune{'a', 0xFFFF, 0x10000, 0x1F642, 0x10FFFF, 0x110000, 0xD800, -1} {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%U surr=%v enc=%U,%U dec=%U\n", r, utf16.IsSurrogate(r), r1, r2, utf16.DecodeRune(r1, r2))
	}
	fmt.Printf("%U\n", utf16.DecodeRune('a', 'b'))
	e := utf16.Encode([]rune("a🙂€\U0010FFFF"))
	fmt.Printf("%04x\n", e)
	fmt.Println(string(utf16.Decode(e)))
	fmt.Printf("%U\n", utf16.Decode([]uint16{0xD800, 'a', 0xDC00, 0xD83D, 0xDE42, 0xD800}))
	fmt.Println(len(utf16.Encode(nil)), len(utf16.Decode(nil)))
	fmt.Printf("%U\n", utf16.Encode([]rune{0xD800, 0x110000, -5}))
}

// Output:
// "" count=0 valid=true full=false first=U+FFFD/0 last=U+FFFD/0 U+FFFD/0 U+FFFD/0 0 true false
// "a" count=1 valid=true full=true first=U+0061/1 last=U+0061/1 U+0061/1 U+0061/1 1 true true
// "héllo" count=5 valid=true full=true first=U+0068/1 last=U+006F/1 U+0068/1 U+006F/1 5 true true
// "世界" count=2 valid=true full=true first=U+4E16/3 last=U+754C/3 U+4E16/3 U+754C/3 2 true true
// "🙂x" count=2 valid=true full=true first=U+1F642/4 last=U+0078/1 U+1F642/4 U+0078/1 2 true true
// "\xff" count=1 valid=false full=true first=U+FFFD/1 last=U+FFFD/1 U+FFFD/1 U+FFFD/1 1 false true
// "a\xc0\x80b" count=4 valid=false full=true first=U+0061/1 last=U+0062/1 U+0061/1 U+0062/1 4 false true
// "\xed\xa0\x80" count=3 valid=false full=true first=U+FFFD/1 last=U+FFFD/1 U+FFFD/1 U+FFFD/1 3 false true
// "\xf4\x90\x80\x80" count=4 valid=false full=true first=U+FFFD/1 last=U+FFFD/1 U+FFFD/1 U+FFFD/1 4 false true
// "\xe2\x82" count=2 valid=false full=false first=U+FFFD/1 last=U+FFFD/1 U+FFFD/1 U+FFFD/1 2 false false
// "\xf0\x9f\x99" count=3 valid=false full=false first=U+FFFD/1 last=U+FFFD/1 U+FFFD/1 U+FFFD/1 3 false false
// U+0000 len=1 valid=true enc=00 app=3c 00
// U+0061 len=1 valid=true enc=61 app=3c 61
// U+007F len=1 valid=true enc=7f app=3c 7f
// U+0080 len=2 valid=true enc=c2 80 app=3c c2 80
// U+07FF len=2 valid=true enc=df bf app=3c df bf
// U+0800 len=3 valid=true enc=e0 a0 80 app=3c e0 a0 80
// U+FFFF len=3 valid=true enc=ef bf bf app=3c ef bf bf
// U+10000 len=4 valid=true enc=f0 90 80 80 app=3c f0 90 80 80
// U+10FFFF len=4 valid=true enc=f4 8f bf bf app=3c f4 8f bf bf
// U+110000 len=-1 valid=false enc=ef bf bd app=3c ef bf bd
// U+FFFFFFFFFFFFFFFF len=-1 valid=false enc=ef bf bd app=3c ef bf bd
// U+D800 len=-1 valid=false enc=ef bf bd app=3c ef bf bd
// U+DFFF len=-1 valid=false enc=ef bf bd app=3c ef bf bd
// U+FFFD len=3 valid=true enc=ef bf bd app=3c ef bf bd
// true false true 65533 128 1114111 4
// U+0061 surr=false enc=U+FFFD,U+FFFD dec=U+FFFD
// U+FFFF surr=false enc=U+FFFD,U+FFFD dec=U+FFFD
// U+10000 surr=false enc=U+D800,U+DC00 dec=U+10000
// U+1F642 surr=false enc=U+D83D,U+DE42 dec=U+1F642
// U+10FFFF surr=false enc=U+DBFF,U+DFFF dec=U+10FFFF
// U+110000 surr=false enc=U+FFFD,U+FFFD dec=U+FFFD
// U+D800 surr=true enc=U+FFFD,U+FFFD dec=U+FFFD
// U+FFFFFFFFFFFFFFFF surr=false enc=U+FFFD,U+FFFD dec=U+FFFD
// U+FFFD
// [0061 d83d de42 20ac dbff dfff]
// a🙂€􏿿
// [U+FFFD U+0061 U+FFFD U+1F642 U+FFFD]
// 0 0
// [U+FFFD U+FFFD U+FFFD]
