// Package strconv: conversions to and from strings. The formatting and
// parsing cores are natives (stdlib/strconv/*.c); this file holds the API,
// the NumError values and the Append helpers.
package strconv

import "errors"

const IntSize = 64

var ErrRange = errors.New("value out of range")
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// Result codes of the parsing natives (strconv_impl.h).
const (
	codeOK      = 0
	codeSyntax  = 1
	codeRange   = 2
	codeBase    = 3
	codeBitSize = 4
)

func numError(fn, s string, code, base, bitSize int) error {
	var err error
	switch code {
	case codeSyntax:
		err = ErrSyntax
	case codeRange:
		err = ErrRange
	case codeBase:
		err = errors.New("invalid base " + Itoa(base))
	default:
		err = errors.New("invalid bit size " + Itoa(bitSize))
	}
	return &NumError{fn, s, err}
}

func parseUint(s string, base, bitSize int) (uint64, int)
func parseInt(s string, base, bitSize int) (int64, int)
func parseFloat(s string, bitSize int) (float64, int)
func formatBits(u uint64, base int, neg bool) string
func formatFloat(f float64, fmt byte, prec, bitSize int) string
func unquote(s string) (string, bool)

func Itoa(i int) string

func Atoi(s string) (int, error) {
	v, code := parseInt(s, 10, 0)
	if code != codeOK {
		return int(v), numError("Atoi", s, code, 10, 0)
	}
	return int(v), nil
}

func ParseInt(s string, base int, bitSize int) (int64, error) {
	v, code := parseInt(s, base, bitSize)
	if code != codeOK {
		return v, numError("ParseInt", s, code, base, bitSize)
	}
	return v, nil
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, code := parseUint(s, base, bitSize)
	if code != codeOK {
		return v, numError("ParseUint", s, code, base, bitSize)
	}
	return v, nil
}

func ParseFloat(s string, bitSize int) (float64, error) {
	v, code := parseFloat(s, bitSize)
	if code != codeOK {
		return v, numError("ParseFloat", s, code, 10, bitSize)
	}
	return v, nil
}

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func FormatInt(i int64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	if i < 0 {
		return formatBits(uint64(-i), base, true)
	}
	return formatBits(uint64(i), base, false)
}

func FormatUint(i uint64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatBits(i, base, false)
}

func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	if bitSize != 32 && bitSize != 64 {
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	return formatFloat(f, fmt, prec, bitSize)
}

func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteToGraphic(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func QuoteRuneToGraphic(r rune) string
func CanBackquote(s string) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool

func Unquote(s string) (string, error) {
	t, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return t, nil
}

// UnquoteChar decodes the first character or escape of s (Go's rules for
// a literal delimited by quote).
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	c := s[0]
	if c == quote && (quote == '\'' || quote == '"') {
		return 0, false, "", ErrSyntax
	}
	if c >= 0x80 {
		r := []rune(s[:runeLen(s)])[0]
		return r, true, s[runeLen(s):], nil
	}
	if c != '\\' {
		return rune(c), false, s[1:], nil
	}
	n := 2
	if len(s) >= 2 {
		switch s[1] {
		case 'x':
			n = 4
		case 'u':
			n = 6
		case 'U':
			n = 10
		case '0', '1', '2', '3', '4', '5', '6', '7':
			n = 4
		}
	}
	if len(s) < n {
		return 0, false, "", ErrSyntax
	}
	q := string(quote)
	if quote != '"' && quote != '\'' {
		q = "\""
	}
	t, ok := unquote(q + s[:n] + q)
	if !ok || len(t) == 0 {
		return 0, false, "", ErrSyntax
	}
	if s[1] == 'x' || (s[1] >= '0' && s[1] <= '7') {
		return rune(t[0]), false, s[n:], nil
	}
	r := []rune(t)[0]
	return r, r >= 0x80, s[n:], nil
}

func runeLen(s string) int {
	for i := range s {
		if i > 0 {
			return i
		}
	}
	return len(s)
}

func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

func AppendQuote(dst []byte, s string) []byte {
	return append(dst, Quote(s)...)
}

func AppendQuoteToASCII(dst []byte, s string) []byte {
	return append(dst, QuoteToASCII(s)...)
}

func AppendQuoteRune(dst []byte, r rune) []byte {
	return append(dst, QuoteRune(r)...)
}

func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToASCII(r)...)
}

func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return append(dst, QuoteToGraphic(s)...)
}
