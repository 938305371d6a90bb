// Scanner: reads input as a sequence of tokens cut by a split function
// (lines by default). The unprocessed input is buf[start:end]; when the
// split function asks for more, the data is slid to the front or the
// buffer doubled, up to maxTokenSize.
package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

type Scanner struct {
	r            io.Reader
	split        SplitFunc
	maxTokenSize int
	token        []byte
	buf          []byte
	start        int
	end          int
	err          error
	empties      int
	scanCalled   bool
	done         bool
	fast         int // fastWords or fastLines when split is that function
}

// Scan's fast paths: with split set to ScanWords or ScanLines (the usual
// case), a token that lies wholly inside the buffered data is cut out
// right in Scan, without the split call and its bookkeeping; the result
// is the one the split function would give. Everything else (the end of
// the buffered data, EOF, errors) goes through the general loop.
const (
	fastNone = iota
	fastWords
	fastLines
)

// nextWord is scanWord on buf[start:end]: token is the first word (a
// subslice of buf) and next the index in buf after the space that ends
// it; next is -1 (and token nil) when no space ends a word there.
func nextWord(buf []byte, start, end int) (token []byte, next int)

// sameFunc reports whether f and g are the same function without captured
// variables (stdlib/bufio/bufio.c compares their code).
func sameFunc(f, g SplitFunc) bool

// SplitFunc is the signature of the function that cuts the input into
// tokens.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
	ErrFinalToken      = errors.New("final token")
)

const (
	MaxScanTokenSize = 64 * 1024
	startBufSize     = 4096
)

func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, maxTokenSize: MaxScanTokenSize, fast: fastLines}
}

// Err returns the first non-EOF error met by the Scanner.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

func (s *Scanner) Bytes() []byte { return s.token }

func (s *Scanner) Text() string { return string(s.token) }

// Scan advances to the next token; false at the end of input or on error.
func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	s.scanCalled = true
	if s.err == nil && s.fast != fastNone {
		if s.fast == fastWords {
			if token, next := nextWord(s.buf, s.start, s.end); next >= 0 {
				s.token = token
				s.start = next
				s.empties = 0
				return true
			}
		} else if i := bytes.IndexByte(s.buf[s.start:s.end], '\n'); i >= 0 {
			s.token = dropCR(s.buf[s.start : s.start+i])
			s.start += i + 1
			s.empties = 0
			return true
		}
	}
	for {
		if s.end > s.start || s.err != nil {
			advance, token, err := s.split(s.buf[s.start:s.end], s.err != nil)
			if err != nil {
				if err == ErrFinalToken {
					s.token = token
					s.done = true
					return token != nil
				}
				s.setErr(err)
				return false
			}
			if !s.advance(advance) {
				return false
			}
			s.token = token
			if token != nil {
				if s.err == nil || advance > 0 {
					s.empties = 0
				} else {
					s.empties++
					if s.empties > maxConsecutiveEmptyReads {
						panic("bufio.Scan: too many empty tokens without progressing")
					}
				}
				return true
			}
		}
		if s.err != nil {
			s.start = 0
			s.end = 0
			return false
		}
		if s.start > 0 && (s.end == len(s.buf) || s.start > len(s.buf)/2) {
			copy(s.buf, s.buf[s.start:s.end])
			s.end -= s.start
			s.start = 0
		}
		if s.end == len(s.buf) {
			if len(s.buf) >= s.maxTokenSize || len(s.buf) > (1<<62)/2 {
				s.setErr(ErrTooLong)
				return false
			}
			newSize := len(s.buf) * 2
			if newSize == 0 {
				newSize = startBufSize
			}
			if newSize > s.maxTokenSize {
				newSize = s.maxTokenSize
			}
			newBuf := make([]byte, newSize)
			copy(newBuf, s.buf[s.start:s.end])
			s.buf = newBuf
			s.end -= s.start
			s.start = 0
		}
		for loop := 0; ; {
			n, err := s.r.Read(s.buf[s.end:len(s.buf)])
			if n < 0 || len(s.buf)-s.end < n {
				s.setErr(ErrBadReadCount)
				break
			}
			s.end += n
			if err != nil {
				s.setErr(err)
				break
			}
			if n > 0 {
				s.empties = 0
				break
			}
			loop++
			if loop > maxConsecutiveEmptyReads {
				s.setErr(io.ErrNoProgress)
				break
			}
		}
	}
}

func (s *Scanner) advance(n int) bool {
	if n < 0 {
		s.setErr(ErrNegativeAdvance)
		return false
	}
	if n > s.end-s.start {
		s.setErr(ErrAdvanceTooFar)
		return false
	}
	s.start += n
	return true
}

func (s *Scanner) setErr(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// Buffer sets the initial buffer and the maximum token size; it panics
// once scanning has started.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanCalled {
		panic("Buffer called after Scan")
	}
	s.buf = buf[0:cap(buf)]
	s.maxTokenSize = max
}

// Split sets the split function; it panics once scanning has started.
func (s *Scanner) Split(split SplitFunc) {
	if s.scanCalled {
		panic("Split called after Scan")
	}
	s.split = split
	s.fast = fastNone
	if sameFunc(split, ScanWords) {
		s.fast = fastWords
	} else if sameFunc(split, ScanLines) {
		s.fast = fastLines
	}
}

// ScanBytes returns each byte as a token.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}

var errorRune = []byte(string(utf8.RuneError))

// ScanRunes returns each UTF-8 rune as a token; invalid bytes become
// U+FFFD.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[0:1], nil
	}
	_, width := utf8.DecodeRune(data)
	if width > 1 {
		return width, data[0:width], nil
	}
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil
	}
	return 1, errorRune, nil
}

func dropCR(data []byte) []byte {
	if len(data) > 0 && data[len(data)-1] == '\r' {
		return data[0 : len(data)-1]
	}
	return data
}

// ScanLines returns each line without its "\n" or "\r\n"; a last line
// without newline is returned too, an empty last line is not.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		return i + 1, dropCR(data[0:i]), nil
	}
	if atEOF {
		return len(data), dropCR(data), nil
	}
	return 0, nil, nil
}

// scanWord finds the first word of data (stdlib/bufio/bufio.c): start
// is where it begins (len(data) when data is all space), end the index of
// the space after it and width that space's size, or end = -1 when the
// word runs to the end of data. Spaces are unicode.IsSpace's.
func scanWord(data []byte) (start, end, width int)

// ScanWords returns each space-separated word.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start, end, width := scanWord(data)
	if end >= 0 {
		return end + width, data[start:end], nil
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}
