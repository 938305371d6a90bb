// The generated RangeTables show Go's own R16, R32 and LatinOffset; a copy
// whose ranges a program changes is searched through them.
package main

import (
	"fmt"
	"sort"
	"unicode"
)

func main() {
	n16, n32, lo := 0, 0, 0
	var h uint64
	maps := []map[string]*unicode.RangeTable{unicode.Categories, unicode.Scripts,
		unicode.Properties, unicode.FoldCategory, unicode.FoldScript}
	for _, m := range maps {
		var names []string
		for k := range m {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			t := m[k]
			n16 += len(t.R16)
			n32 += len(t.R32)
			lo += t.LatinOffset
			for _, r := range t.R16 {
				h = h*31 + uint64(r.Lo)*3 + uint64(r.Hi)*5 + uint64(r.Stride)*7
			}
			for _, r := range t.R32 {
				h = h*31 + uint64(r.Lo)*3 + uint64(r.Hi)*5 + uint64(r.Stride)*7
			}
		}
	}
	fmt.Println(n16, n32, lo, h)
	fmt.Println(unicode.Latin.R16[:3], len(unicode.Latin.R32), unicode.Latin.LatinOffset)
	fmt.Println(unicode.Lu.R16[0], unicode.Nd.R32[0], unicode.Cc.R32 == nil, cap(unicode.Han.R16))

	// walking a table's ranges, as programs do to list its runes
	count := 0
	for _, r := range unicode.Greek.R16 {
		for c := r.Lo; c <= r.Hi; c += r.Stride {
			if !unicode.Is(unicode.Greek, rune(c)) {
				fmt.Println("not Greek:", c)
			}
			count++
			if c+r.Stride < c {
				break
			}
		}
	}
	fmt.Println("Greek runes in R16:", count)

	// a copy with an extra range
	c := *unicode.Greek
	c.R16 = append(c.R16[:len(c.R16):len(c.R16)], unicode.Range16{Lo: 0xFFF0, Hi: 0xFFF1, Stride: 1})
	fmt.Println(len(c.R16), len(unicode.Greek.R16), unicode.Is(&c, 'α'), unicode.Is(&c, 0xFFF1), unicode.Is(unicode.Greek, 0xFFF1))
	d := *unicode.Digit
	d.R32 = nil
	fmt.Println(unicode.Is(&d, '7'), unicode.Is(&d, 0x1D7CE), unicode.Is(unicode.Digit, 0x1D7CE))
}

// Output:
// 3535 1845 122 4826714322529968561
// [{65 90 1} {97 122 1} {170 186 16}] 0 5
// {65 90 1} {66720 66729 1} true 10
// Greek runes in R16: 368
// 30 29 true true false
// true false true
