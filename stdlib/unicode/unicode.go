// Package unicode: rune classification and case mapping. The lookups are
// natives (stdlib/unicode/unicode.c) over tables generated from Go's
// Unicode data.
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsSpace(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsPunct(r rune) bool
func IsSymbol(r rune) bool
func IsMark(r rune) bool
func IsControl(r rune) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune

// To maps r to the given case: UpperCase, LowerCase or TitleCase.
func To(c int, r rune) rune {
	switch c {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

// SimpleFold returns the next rune in r's case-folding orbit.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	u := ToUpper(r)
	l := ToLower(r)
	if u != r && u > r {
		return u
	}
	if l != r && l > r {
		return l
	}
	if u < l {
		if u != r {
			return u
		}
		return l
	}
	if l != r {
		return l
	}
	return u
}
