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

// To maps r to the given case, UpperCase, LowerCase or TitleCase, through
// CaseRanges (ToUpper, ToLower and ToTitle give the same answers from the
// C tables, faster).
func To(c int, r rune) rune {
	r, _ = mapSpecial(c, r, CaseRanges)
	return r
}

// SimpleFold returns the next rune in r's case-folding orbit (the
// smallest rune above r that folds with it, else the smallest of the
// orbit); a rune outside 0..MaxRune is returned unchanged.
func SimpleFold(r rune) rune

// Range16 is the runes Lo, Lo+Stride, ..., up to Hi (all below 0x10000).
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 is the runes Lo, Lo+Stride, ..., up to Hi.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// RangeTable is a set of runes. The tables this package declares (Latin,
// Lu, White_Space, ...; see tables.go) have Go's R16, R32 and LatinOffset,
// over constant C arrays (read-only), but Is searches their strided runs
// in C (rangetables.h), which id selects. A table a program builds itself
// has id 0 and is searched through R16 and R32.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
	id          int
}

// GraphicRanges and PrintRanges are the tables behind IsGraphic and IsPrint
// (IsPrint also accepts U+0020 and no other space); init sets them
// (tables.go).
var GraphicRanges, PrintRanges []*RangeTable

// inTable reports whether r is in t, a generated table (t.id != 0),
// through its runs in C; ok is false when t is a copy whose R16 or R32 a
// program changed (then they must be searched).
func inTable(t *RangeTable, r rune) (in, ok bool)

// bindTables points the table variables C .. White_Space at tables[0..]
// (t0, t1: &tables[0], &tables[1]; first, last: &C, &White_Space),
// numbers the tables, and files each in its name map (tables.go's init;
// see unicode.c).
func bindTables(t0, t1 *RangeTable, first, last **RangeTable,
	categories, scripts, properties, foldCategory, foldScript map[string]*RangeTable)

// caseRanges and turkishCase return new copies of Go's CaseRanges and
// TurkishCase (unicode.c).
func caseRanges() []CaseRange
func turkishCase() []CaseRange

// Is reports whether r is in rangeTab.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.id != 0 {
		if in, ok := inTable(rangeTab, r); ok {
			return in
		}
	}
	if r < 0 {
		return false
	}
	if r <= 0xFFFF {
		r16 := rangeTab.R16
		lo, hi := 0, len(r16)
		for lo < hi {
			m := lo + (hi-lo)/2
			rg := r16[m]
			if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
				return rg.Stride == 1 || (r-rune(rg.Lo))%rune(rg.Stride) == 0
			}
			if r < rune(rg.Lo) {
				hi = m
			} else {
				lo = m + 1
			}
		}
		if len(r16) > 0 && r <= rune(r16[len(r16)-1].Hi) {
			return false
		}
	}
	r32 := rangeTab.R32
	lo, hi := 0, len(r32)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := r32[m]
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return rg.Stride == 1 || (r-rune(rg.Lo))%rune(rg.Stride) == 0
		}
		if r < rune(rg.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// In reports whether r is in any of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether r is in any of the tables (In is preferred).
func IsOneOf(ranges []*RangeTable, r rune) bool {
	return In(r, ranges...)
}

// UpperLower in a CaseRange's Delta marks an alternating sequence: the
// runes at even offsets from Lo are upper case, the next ones lower case.
const UpperLower = MaxRune + 1

type d [MaxCase]rune

// CaseRanges is the table of case mappings of every letter that has one
// (all the non-self mappings), sorted by Lo; To searches it.
var CaseRanges = caseRanges()

// CaseRange maps the runes Lo..Hi to upper, lower and title case by
// adding Delta[UpperCase], Delta[LowerCase] or Delta[TitleCase].
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// SpecialCase is a language's own case mappings, sorted by Lo, tried
// before the standard ones.
type SpecialCase []CaseRange

// TurkishCase (and AzeriCase): dotted and dotless i map to each other
// (a copy of Go's table, made by a native: a composite literal here would
// cost every program that imports strings its compilation).
var TurkishCase SpecialCase = turkishCase()

var AzeriCase SpecialCase = TurkishCase

// mapSpecial applies the CaseRange holding r for case c; ok reports that
// some range held it.
func mapSpecial(c int, r rune, ranges []CaseRange) (mapped rune, ok bool) {
	if c < 0 || c >= MaxCase {
		return ReplacementChar, false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := ranges[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[c]
			if delta > MaxRune {
				// UpperLower: keep the pair, pick its member by case
				off := r - rune(cr.Lo)
				return rune(cr.Lo) + (off &^ 1) + rune(c&1), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

func (special SpecialCase) ToUpper(r rune) rune {
	m, ok := mapSpecial(UpperCase, r, special)
	if m == r && !ok {
		m = ToUpper(r)
	}
	return m
}

func (special SpecialCase) ToLower(r rune) rune {
	m, ok := mapSpecial(LowerCase, r, special)
	if m == r && !ok {
		m = ToLower(r)
	}
	return m
}

func (special SpecialCase) ToTitle(r rune) rune {
	m, ok := mapSpecial(TitleCase, r, special)
	if m == r && !ok {
		m = ToTitle(r)
	}
	return m
}
