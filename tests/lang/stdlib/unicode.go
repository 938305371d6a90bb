package main

import (
	"fmt"
	"sort"
	"unicode"
)

func classes(r rune) string {
	s := ""
	for _, c := range []struct {
		name string
		f    func(rune) bool
	}{
		{"L", unicode.IsLetter}, {"D", unicode.IsDigit}, {"N", unicode.IsNumber},
		{"S", unicode.IsSpace}, {"U", unicode.IsUpper}, {"l", unicode.IsLower},
		{"T", unicode.IsTitle}, {"P", unicode.IsPunct}, {"Y", unicode.IsSymbol},
		{"M", unicode.IsMark}, {"C", unicode.IsControl}, {"p", unicode.IsPrint},
		{"G", unicode.IsGraphic},
	} {
		if c.f(r) {
			s += c.name
		}
	}
	return s
}

func main() {
	runes := []rune{0, '\t', ' ', 'a', 'Z', '5', '_', '!', '$', '+', 'é', 'ß', 'Ω', 'ω', 'ǅ', 'ж',
		'中', 'あ', 'ア', '٣', 'Ⅻ', '½', '\u00a0', '\u2028', '\u0301', '€', 0x1F600, 0xD800,
		0xFFFD, unicode.MaxRune, -1, unicode.MaxRune + 1}
	for _, r := range runes {
		fmt.Printf("%U %-5s up=%U lo=%U ti=%U fold=%U\n", r, classes(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.LowerCase, 'Q'),
		unicode.To(unicode.TitleCase, 'ǆ'), unicode.To(unicode.MaxCase, 'x'))

	// SimpleFold orbits
	for _, r := range []rune{'k', 'K', '\u212A', 's', 'ſ', '1'} {
		orbit := []rune{r}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			orbit = append(orbit, f)
		}
		fmt.Printf("%q\n", orbit)
	}

	// range tables: scripts, categories, properties
	tables := []struct {
		name string
		t    *unicode.RangeTable
	}{
		{"Latin", unicode.Latin}, {"Greek", unicode.Greek}, {"Cyrillic", unicode.Cyrillic},
		{"Han", unicode.Han}, {"Hiragana", unicode.Hiragana}, {"Katakana", unicode.Katakana},
		{"Arabic", unicode.Arabic}, {"Common", unicode.Common}, {"Lu", unicode.Lu},
		{"Ll", unicode.Ll}, {"Nd", unicode.Nd}, {"Sc", unicode.Sc}, {"Zs", unicode.Zs},
		{"Mn", unicode.Mn}, {"White_Space", unicode.White_Space},
		{"Hex_Digit", unicode.Hex_Digit}, {"Letter", unicode.Letter},
	}
	for _, t := range tables {
		s := ""
		for _, r := range runes {
			if unicode.Is(t.t, r) {
				s += "1"
			} else {
				s += "."
			}
		}
		fmt.Printf("%-12s %s\n", t.name, s)
	}
	fmt.Println(unicode.Letter == unicode.L, unicode.Upper == unicode.Lu, unicode.Digit == unicode.Nd)
	fmt.Println(unicode.In('x', unicode.Greek, unicode.Latin), unicode.In('x'), unicode.In('x', unicode.Han))
	fmt.Println(unicode.IsOneOf(unicode.GraphicRanges, 'a'), unicode.IsOneOf(unicode.PrintRanges, '\u00a0'))

	// the maps
	for _, m := range []map[string]*unicode.RangeTable{unicode.Categories, unicode.Scripts, unicode.Properties} {
		fmt.Println(len(m) > 30)
	}
	var cats []string
	for k := range unicode.Categories {
		if len(k) == 1 {
			cats = append(cats, k)
		}
	}
	sort.Strings(cats)
	fmt.Println(cats)
	fmt.Println(unicode.Is(unicode.Scripts["Greek"], 'λ'), unicode.Is(unicode.Categories["Lu"], 'λ'),
		unicode.Is(unicode.Properties["Dash"], '-'))

	// a table built by the program
	vowels := &unicode.RangeTable{
		R16: []unicode.Range16{{Lo: 'a', Hi: 'a', Stride: 1}, {Lo: 'e', Hi: 'i', Stride: 4}, {Lo: 'o', Hi: 'u', Stride: 6}},
		R32: []unicode.Range32{{Lo: 0x1F600, Hi: 0x1F60F, Stride: 3}},
	}
	s := ""
	for _, r := range "abcdefghijklmnopqrstuvwxyz" {
		if unicode.Is(vowels, r) {
			s += string(r)
		}
	}
	fmt.Println(s, unicode.Is(vowels, 0x1F603), unicode.Is(vowels, 0x1F604), unicode.Is(vowels, -5))
	empty := &unicode.RangeTable{}
	fmt.Println(unicode.Is(empty, 'a'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)

	// FoldCategory and FoldScript: runes outside a table that fold into it
	for _, m := range []map[string]*unicode.RangeTable{unicode.FoldCategory, unicode.FoldScript} {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		for _, k := range ks {
			var in []rune
			for _, r := range []rune{'k', 'K', '\u212A', 's', 'ſ', 'µ', 'Μ', 'ǅ', 'ǆ', '\u0345', 'ι', 'Ω', 'Ω'} {
				if unicode.Is(m[k], r) {
					in = append(in, r)
				}
			}
			fmt.Printf("%s %q\n", k, in)
		}
	}
}

// Output:
// U+0000 C     up=U+0000 lo=U+0000 ti=U+0000 fold=U+0000
// U+0009 SC    up=U+0009 lo=U+0009 ti=U+0009 fold=U+0009
// U+0020 SpG   up=U+0020 lo=U+0020 ti=U+0020 fold=U+0020
// U+0061 LlpG  up=U+0041 lo=U+0061 ti=U+0041 fold=U+0041
// U+005A LUpG  up=U+005A lo=U+007A ti=U+005A fold=U+007A
// U+0035 DNpG  up=U+0035 lo=U+0035 ti=U+0035 fold=U+0035
// U+005F PpG   up=U+005F lo=U+005F ti=U+005F fold=U+005F
// U+0021 PpG   up=U+0021 lo=U+0021 ti=U+0021 fold=U+0021
// U+0024 YpG   up=U+0024 lo=U+0024 ti=U+0024 fold=U+0024
// U+002B YpG   up=U+002B lo=U+002B ti=U+002B fold=U+002B
// U+00E9 LlpG  up=U+00C9 lo=U+00E9 ti=U+00C9 fold=U+00C9
// U+00DF LlpG  up=U+00DF lo=U+00DF ti=U+00DF fold=U+1E9E
// U+03A9 LUpG  up=U+03A9 lo=U+03C9 ti=U+03A9 fold=U+03C9
// U+03C9 LlpG  up=U+03A9 lo=U+03C9 ti=U+03A9 fold=U+2126
// U+01C5 LTpG  up=U+01C4 lo=U+01C6 ti=U+01C5 fold=U+01C6
// U+0436 LlpG  up=U+0416 lo=U+0436 ti=U+0416 fold=U+0416
// U+4E2D LpG   up=U+4E2D lo=U+4E2D ti=U+4E2D fold=U+4E2D
// U+3042 LpG   up=U+3042 lo=U+3042 ti=U+3042 fold=U+3042
// U+30A2 LpG   up=U+30A2 lo=U+30A2 ti=U+30A2 fold=U+30A2
// U+0663 DNpG  up=U+0663 lo=U+0663 ti=U+0663 fold=U+0663
// U+216B NpG   up=U+216B lo=U+217B ti=U+216B fold=U+217B
// U+00BD NpG   up=U+00BD lo=U+00BD ti=U+00BD fold=U+00BD
// U+00A0 SG    up=U+00A0 lo=U+00A0 ti=U+00A0 fold=U+00A0
// U+2028 S     up=U+2028 lo=U+2028 ti=U+2028 fold=U+2028
// U+0301 MpG   up=U+0301 lo=U+0301 ti=U+0301 fold=U+0301
// U+20AC YpG   up=U+20AC lo=U+20AC ti=U+20AC fold=U+20AC
// U+1F600 YpG   up=U+1F600 lo=U+1F600 ti=U+1F600 fold=U+1F600
// U+D800       up=U+D800 lo=U+D800 ti=U+D800 fold=U+D800
// U+FFFD YpG   up=U+FFFD lo=U+FFFD ti=U+FFFD fold=U+FFFD
// U+10FFFF       up=U+10FFFF lo=U+10FFFF ti=U+10FFFF fold=U+10FFFF
// U+FFFFFFFFFFFFFFFF       up=U+FFFFFFFFFFFFFFFF lo=U+FFFFFFFFFFFFFFFF ti=U+FFFFFFFFFFFFFFFF fold=U+FFFFFFFFFFFFFFFF
// U+110000       up=U+110000 lo=U+110000 ti=U+110000 fold=U+110000
// 81 113 453 65533
// ['k' 'K' 'K']
// ['K' 'k' 'K']
// ['K' 'K' 'k']
// ['s' 'ſ' 'S']
// ['ſ' 'S' 's']
// ['1']
// Latin        ...11.....11..1.....1...........
// Greek        ............11..................
// Cyrillic     ...............1................
// Han          ................1...............
// Hiragana     .................1..............
// Katakana     ..................1.............
// Arabic       ...................1............
// Common       111..11111...........111.11.1...
// Lu           ....1.......1...................
// Ll           ...1......11.1.1................
// Nd           .....1.............1............
// Sc           ........1................1......
// Zs           ..1...................1.........
// Mn           ........................1.......
// White_Space  .11...................11........
// Hex_Digit    ...1.1..........................
// Letter       ...11.....111111111.............
// true true true
// true false false
// true false
// true
// true
// true
// [C L M N P S Z]
// true false true
// aeiou true false false
// false
// 1114111 65533 127 255
// L ['ͅ']
// Ll ['K' 'K' 'Μ' 'ǅ' 'ͅ' 'Ω' 'Ω']
// Lt ['ǆ']
// Lu ['k' 's' 'ſ' 'µ' 'ǅ' 'ǆ' 'ͅ' 'ι']
// M ['ι']
// Mn ['ι']
// Common ['Μ']
// Greek ['µ' 'ͅ']
// Inherited ['ι']
