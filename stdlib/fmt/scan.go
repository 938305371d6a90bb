package fmt

import (
	"errors"
	"io"
	"os"
	"unicode/utf8"
)

// Scanning: Sscan, Sscanln, Sscanf, the same over an io.Reader (Fscan,
// Fscanln, Fscanf) and over standard input (Scan, Scanln, Scanf). Each
// operand must be a pointer to a basic type (or []byte); scanOne
// (stdlib/fmt/scan.c) reads one from the front of the input. Readers are
// read a line at a time; what a call leaves unread stays in `pending`,
// keyed by the reader, for the next call on the same reader.

// scanOne reads one operand from the front of input into *arg; n is the
// number of bytes consumed, err a message ("" on success).
func scanOne(arg any, input string, verb rune, nlIsSpace bool) (n int, err string)

var pending = map[io.Reader]string{}

type scanSource struct {
	s   string
	pos int
	r   io.Reader // nil when scanning a string
	eof bool
}

func newReaderSource(r io.Reader) *scanSource {
	return &scanSource{s: pending[r], r: r}
}

// fill makes sure the unread input holds a whole line (readers only).
func (src *scanSource) fill() {
	if src.r == nil || src.eof {
		return
	}
	for i := src.pos; i < len(src.s); i++ {
		if src.s[i] == '\n' {
			return
		}
	}
	b := make([]byte, 1)
	var line []byte
	for {
		n, err := src.r.Read(b)
		if n == 0 || err != nil {
			src.eof = true
			break
		}
		line = append(line, b[0])
		if b[0] == '\n' {
			break
		}
	}
	src.s = src.s[src.pos:] + string(line)
	src.pos = 0
}

func (src *scanSource) done() {
	if src.r != nil {
		if src.pos < len(src.s) {
			pending[src.r] = src.s[src.pos:]
		} else {
			delete(pending, src.r)
		}
	}
}

func (src *scanSource) rest() string {
	return src.s[src.pos:]
}

func isBlank(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r'
}

func scanErr(msg string) error {
	switch msg {
	case "EOF":
		return io.EOF
	case "unexpected EOF":
		return io.ErrUnexpectedEOF
	}
	return errors.New(msg)
}

func doScan(src *scanSource, a []any, nlIsSpace bool) (n int, err error) {
	defer src.done()
	for _, arg := range a {
		src.fill()
		for nlIsSpace && src.r != nil && !src.eof && onlySpace(src.rest()) {
			src.pos = len(src.s)
			src.fill()
		}
		used, msg := scanOne(arg, src.rest(), 'v', nlIsSpace)
		src.pos += used
		if msg != "" {
			return n, scanErr(msg)
		}
		n++
	}
	if !nlIsSpace {
		// Scanln: the rest of the line must be empty.
		r := src.rest()
		i := 0
		for i < len(r) && isBlank(r[i]) {
			i++
		}
		if i < len(r) && r[i] != '\n' {
			return n, errors.New("expected newline")
		}
		if i < len(r) {
			i++
		}
		src.pos += i
	}
	return n, nil
}

// limitRunes returns the first n runes of s (all of s if it is shorter).
func limitRunes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		if s[i] < 0x80 {
			i++
			continue
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return s[:i]
}

func onlySpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isBlank(s[i]) && s[i] != '\n' {
			return false
		}
	}
	return true
}

func doScanf(src *scanSource, format string, a []any) (n int, err error) {
	defer src.done()
	src.fill()
	argi := 0
	for i := 0; i < len(format); {
		c := format[i]
		if c != '%' {
			if isBlank(c) || c == '\n' {
				// blanks match zero or more blanks; a newline matches one
				for i < len(format) && isBlank(format[i]) {
					i++
				}
				r := src.rest()
				j := 0
				for j < len(r) && isBlank(r[j]) {
					j++
				}
				src.pos += j
				if i < len(format) && format[i] == '\n' {
					i++
					if src.pos < len(src.s) && src.s[src.pos] == '\n' {
						src.pos++
						src.fill()
					} else if src.pos < len(src.s) {
						return n, errors.New("newline in format does not match input")
					}
				}
				continue
			}
			if src.pos >= len(src.s) || src.s[src.pos] != c {
				if src.pos >= len(src.s) {
					return n, io.ErrUnexpectedEOF
				}
				return n, errors.New("input does not match format")
			}
			src.pos++
			i++
			continue
		}
		i++
		// flags are skipped; a width limits the operand to that many runes
		// (counted after the blanks before it, as Go does)
		for i < len(format) && (format[i] == '+' || format[i] == '-' || format[i] == '#' || format[i] == ' ') {
			i++
		}
		width := -1
		for i < len(format) && format[i] >= '0' && format[i] <= '9' {
			if width < 0 {
				width = 0
			}
			if width < 1e6 {
				width = width*10 + int(format[i]-'0')
			}
			i++
		}
		if i >= len(format) {
			return n, errors.New("too few operands for format '%'")
		}
		verb := rune(format[i])
		i++
		if verb == '%' {
			r := src.rest()
			j := 0
			for j < len(r) && isBlank(r[j]) {
				j++
			}
			if j >= len(r) || r[j] != '%' {
				return n, errors.New("missing literal %")
			}
			src.pos += j + 1
			continue
		}
		if argi >= len(a) {
			return n, errors.New("too few operands for format '%" + string(verb) + "'")
		}
		input := src.rest()
		if width >= 0 && verb != 'c' {
			j := 0
			for j < len(input) && isBlank(input[j]) {
				j++
			}
			src.pos += j
			input = limitRunes(input[j:], width)
		}
		used, msg := scanOne(a[argi], input, verb, false)
		src.pos += used
		if msg != "" {
			return n, scanErr(msg)
		}
		argi++
		n++
	}
	if argi < len(a) {
		return n, errors.New("too many operands")
	}
	return n, nil
}

func Sscan(str string, a ...any) (n int, err error) {
	return doScan(&scanSource{s: str}, a, true)
}

func Sscanln(str string, a ...any) (n int, err error) {
	return doScan(&scanSource{s: str}, a, false)
}

func Sscanf(str string, format string, a ...any) (n int, err error) {
	return doScanf(&scanSource{s: str}, format, a)
}

func Fscan(r io.Reader, a ...any) (n int, err error) {
	return doScan(newReaderSource(r), a, true)
}

func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return doScan(newReaderSource(r), a, false)
}

func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return doScanf(newReaderSource(r), format, a)
}

func Scan(a ...any) (n int, err error) {
	return Fscan(os.Stdin, a...)
}

func Scanln(a ...any) (n int, err error) {
	return Fscanln(os.Stdin, a...)
}

func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}
