// unicode's case mapping over every rune: To (through CaseRanges) and
// ToUpper/ToLower/ToTitle (the C tables), hashed; CaseRanges itself; the
// SpecialCase methods of TurkishCase and of a hand-built SpecialCase.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	var h [unicode.MaxCase]uint64
	var changed [unicode.MaxCase]int
	// every rune up to 0x20000 (all case mappings lie below), then a sample
	next := func(r rune) rune {
		if r < 0x20000 || r >= unicode.MaxRune-2 {
			return r + 1
		}
		return r + 0x101
	}
	for r := rune(-2); r <= unicode.MaxRune+2; r = next(r) {
		for c := 0; c < unicode.MaxCase; c++ {
			m := unicode.To(c, r)
			var direct rune
			switch c {
			case unicode.UpperCase:
				direct = unicode.ToUpper(r)
			case unicode.LowerCase:
				direct = unicode.ToLower(r)
			default:
				direct = unicode.ToTitle(r)
			}
			if m != direct {
				fmt.Printf("To(%d, %U) = %U, direct %U\n", c, r, m, direct)
			}
			if m != r {
				changed[c]++
				h[c] = h[c]*1099511628211 + uint64(r)<<21 ^ uint64(m)
			}
		}
	}
	fmt.Println("changed:", changed)
	fmt.Printf("hashes: %x\n", h)
	fmt.Println(unicode.To(-1, 'a'), unicode.To(unicode.MaxCase, 'a'))

	cr := unicode.CaseRanges
	fmt.Println("CaseRanges:", len(cr), cr[0], cr[len(cr)-1])
	upperLower := 0
	var ch uint64
	for i, c := range cr {
		if i > 0 && cr[i-1].Hi >= c.Lo {
			fmt.Println("unsorted at", i)
		}
		if c.Delta[unicode.UpperCase] == unicode.UpperLower {
			upperLower++
		}
		ch = ch*31 + uint64(c.Lo)<<32 + uint64(c.Hi) + uint64(c.Delta[0]+2*c.Delta[1]+3*c.Delta[2])
	}
	fmt.Printf("UpperLower runs: %d, hash %x\n", upperLower, ch)
	fmt.Println(unicode.UpperLower, unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase)

	t := unicode.TurkishCase
	fmt.Println(len(t), t[0], len(unicode.AzeriCase), &unicode.AzeriCase[0] == &t[0])
	for _, r := range "iIıİaAǆ" {
		fmt.Printf("%c: %c %c %c\n", r, t.ToUpper(r), t.ToLower(r), t.ToTitle(r))
	}
	mine := unicode.SpecialCase{
		unicode.CaseRange{Lo: 'a', Hi: 'c', Delta: [unicode.MaxCase]rune{100, 0, 200}},
		unicode.CaseRange{Lo: 0x100, Hi: 0x10F, Delta: [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}},
	}
	for _, r := range []rune{'a', 'c', 'd', 'x', 0x100, 0x101, 0x10E, 0x10F, 0x110} {
		fmt.Printf("%U: %U %U %U\n", r, mine.ToUpper(r), mine.ToLower(r), mine.ToTitle(r))
	}
}

// Output:
// changed: [1410 1393 1364]
// hashes: [d27e530e010e6a4d 2371a19c00409563 b8fd4cea17e30314]
// 65533 65533
// CaseRanges: 319 {65 90 [0 32 0]} {125218 125251 [-34 0 -34]}
// UpperLower runs: 57, hash 81b7ecff38942c9b
// 1114112 0 1 2 3
// 4 {73 73 [0 232 0]} 4 true
// i: İ i İ
// I: I ı I
// ı: I ı I
// İ: İ i İ
// a: A a A
// A: A a A
// ǆ: Ǆ ǆ ǅ
// U+0061: U+00C5 U+0061 U+0129
// U+0063: U+00C7 U+0063 U+012B
// U+0064: U+0044 U+0064 U+0044
// U+0078: U+0058 U+0078 U+0058
// U+0100: U+0100 U+0101 U+0100
// U+0101: U+0100 U+0101 U+0100
// U+010E: U+010E U+010F U+010E
// U+010F: U+010E U+010F U+010E
// U+0110: U+0110 U+0111 U+0110
