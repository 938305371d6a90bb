// Package utf8: UTF-8 encoding and decoding with Go's rules (an invalid
// byte decodes as RuneError with width 1). The scanning functions are
// natives (stdlib/unicode/utf8/utf8.c).
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

func RuneCountInString(s string) (n int)
func RuneCount(p []byte) int
func DecodeRuneInString(s string) (rune, int)
func DecodeRune(p []byte) (rune, int)
func DecodeLastRuneInString(s string) (rune, int)
func DecodeLastRune(p []byte) (rune, int)
func ValidString(s string) bool
func Valid(p []byte) bool
func FullRuneInString(s string) bool
func FullRune(p []byte) bool

// EncodeRune writes the UTF-8 encoding of r into p (which must be large
// enough) and returns the number of bytes written.
func EncodeRune(p []byte, r rune) int {
	s := string(r)
	_ = p[len(s)-1]
	return copy(p, s)
}

func AppendRune(p []byte, r rune) []byte {
	return append(p, string(r)...)
}

func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case 0xD800 <= r && r <= 0xDFFF:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < 0xD800:
		return true
	case 0xDFFF < r && r <= MaxRune:
		return true
	}
	return false
}

func RuneStart(b byte) bool {
	return b&0xC0 != 0x80
}
