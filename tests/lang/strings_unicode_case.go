package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	words := []string{"Ünïcödé", "ÀÉÎÕÜ", "αβγ ΔΕΖ", "абв ГДЕ", "straße", "ǅemal", "İstanbul", "ﬁne", "ascii OK"}
	for _, w := range words {
		u, l := strings.ToUpper(w), strings.ToLower(w)
		fmt.Printf("%s|%s|%s|%d|%d\n", w, u, l, utf8.RuneCountInString(u), len(l))
	}
	fmt.Println(strings.EqualFold("ΑΒΓ", "αβγ"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "gO"))
	fmt.Println(strings.Title("élan vital über"), strings.ToTitle("ǆ"))
	fmt.Println(strings.Index("日本語テキスト", "テ"), strings.IndexRune("日本語", '語'), strings.LastIndex("aβaβ", "β"))
	fmt.Printf("%q\n", strings.Fields("a\u00a0b\u2003c\td"))
	fmt.Printf("%q\n", strings.Split("α,β,γ", ","))
	fmt.Println(strings.Repeat("ü", 3), strings.Count("üüü", "ü"), strings.ContainsRune("naïve", 'ï'))
	fmt.Println(strings.TrimLeft("¡¡Hola!!", "¡"), strings.TrimRight("¡¡Hola!!", "!"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}, "mixed é text"))
}

// Output:
// Ünïcödé|ÜNÏCÖDÉ|ünïcödé|7|11
// ÀÉÎÕÜ|ÀÉÎÕÜ|àéîõü|5|10
// αβγ ΔΕΖ|ΑΒΓ ΔΕΖ|αβγ δεζ|7|13
// абв ГДЕ|АБВ ГДЕ|абв где|7|13
// straße|STRAßE|straße|6|7
// ǅemal|ǄEMAL|ǆemal|5|6
// İstanbul|İSTANBUL|istanbul|8|8
// ﬁne|ﬁNE|ﬁne|3|5
// ascii OK|ASCII OK|ascii ok|8|8
// true false true
// Élan Vital Über ǅ
// 9 6 4
// ["a" "b" "c" "d"]
// ["α" "β" "γ"]
// üüü 3 true
// Hola!! ¡¡Hola
// MIXED é TEXT
