package fmt

import (
	"errors"
	"io"
	"os"
	"strconv"
	"unicode/utf8"
)

// Scanning: Sscan, Sscanln, Sscanf, the same over an io.Reader (Fscan,
// Fscanln, Fscanf) and over standard input (Scan, Scanln, Scanf), with
// custom Scanner operands.
//
// One call is one ss, the ScanState: it reads runes from a string (Sscan*)
// or from an io.RuneScanner. A reader that is not a RuneScanner is wrapped
// in a readRune, which reads one byte at a time and can push back one
// rune; the wrapper dies with the call, so the rune it looked at past the
// last token is lost, exactly as in Go. Operands of basic types are
// scanned by the native scanValues (scan.c), which follows Go's token
// grammar rune by rune: for a string it gets the rest of the input (all
// operands in one call; Sscanf's whole format walk is the native
// scanFormat); for a reader it gets the runes read so far for this operand
// and answers "more" when it needs the next one, so exactly the runes Go
// would read are read (with a hint: while it is taking digits or a word,
// such runes are fed without asking). Custom Scanner operands, and formats
// over readers (doScanf, advance: the same walk as scan.c's), are Go code
// here. Internal steps record the first error in ss.err and return; only a
// custom Scanner's calls into its ScanState (SkipSpace has no error result)
// raise a scanError panic, which callScanner recovers. (Go panics for
// every error; a deferred recover on every call would double the cost of
// an Sscan here.)

// ScanState represents the scanner state passed to custom scanners.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by any value that has a Scan method, which scans
// the input for the representation of a value and stores the result in
// the receiver.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// scanValues scans a[0], a[1], ... of basic types from the front of input
// (scan.c), stopping at an error or at an operand with a Scan method
// (status stScanner); n operands were stored, used bytes and runes runes
// consumed; flags are the scan* bits below, status a st* code or-ed with
// stAtEOF.
func scanValues(a []any, input string, verb rune, limit int, flags int) (n int, used int, runes int, status int, msg string)

// scanFormat is Sscanf's walk of format over input (scan.c): like
// scanValues, it stops at an operand with a Scan method (stScanner), whose
// verb starts at format[fmtPos].
func scanFormat(a []any, input string, format string, flags int) (n int, fmtPos int, used int, runes int, status int, msg string)

const (
	scanNlIsSpace = 1
	scanNlIsEnd   = 2
	scanAtEOF     = 4
	scanMore      = 8
	scanSkipFirst = 16
	scanNoScanner = 32

	stOK            = 0
	stMore          = 1
	stErr           = 2
	stEOF           = 3
	stUnexpectedEOF = 4
	stRange         = 5
	stSyntax        = 6
	stScanner       = 7
	stNil           = 8
	stAtEOF         = 256
	stStatusMask    = 255
	stClassShift    = 16 // stMore: the class of runes the scan takes next

	eof     = -1
	hugeWid = 1 << 30
)

// scanError carries an error out of a custom Scanner through a panic
// (ScanState.SkipSpace has no error result).
type scanError struct {
	err error
}

type ss struct {
	str   string // the input of Sscan* (rs == nil)
	pos   int
	lastW int            // width of the last rune read from str
	rs    io.RuneScanner // the input of Fscan*, Scan*
	buf   []byte         // Token's result; runes read ahead for scanValues
	count int            // runes consumed so far
	atEOF bool
	err   error // the first error of an internal step (sticky)

	nlIsSpace bool // newlines are spaces (Scan, Sscan, Fscan)
	nlIsEnd   bool // a newline ends the input (the ln forms)
	argLimit  int  // count may not pass it while scanning this operand
	maxWid    int  // the operand's width (Scanf), hugeWid when none
}

func newStringState(str string, nlIsSpace, nlIsEnd bool) *ss {
	return &ss{str: str, nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd,
		argLimit: hugeWid, maxWid: hugeWid}
}

func newReaderState(r io.Reader, nlIsSpace, nlIsEnd bool) *ss {
	s := &ss{nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd,
		argLimit: hugeWid, maxWid: hugeWid}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	} else {
		s.rs = &readRune{reader: r, peekRune: -1}
	}
	return s
}

// Read is part of ScanState; Go's ScanState may not be read bytewise.
func (s *ss) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *ss) ReadRune() (r rune, size int, err error) {
	if s.atEOF || s.count >= s.argLimit {
		return 0, 0, io.EOF
	}
	if s.rs == nil {
		if s.pos >= len(s.str) {
			s.atEOF = true
			return 0, 0, io.EOF
		}
		r, size = rune(s.str[s.pos]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s.str[s.pos:])
		}
		s.pos += size
		s.lastW = size
	} else {
		r, size, err = s.rs.ReadRune()
		if err != nil {
			if err == io.EOF {
				s.atEOF = true
			}
			return
		}
	}
	s.count++
	if s.nlIsEnd && r == '\n' {
		s.atEOF = true
	}
	return
}

func (s *ss) UnreadRune() error {
	if s.rs == nil {
		s.pos -= s.lastW
		s.lastW = 0
	} else {
		s.rs.UnreadRune()
	}
	s.atEOF = false
	s.count--
	return nil
}

func (s *ss) Width() (wid int, ok bool) {
	if s.maxWid == hugeWid {
		return 0, false
	}
	return s.maxWid, true
}

// fail records the first error of the call's internal steps; callers
// return once they see s.err.
func (s *ss) fail(err error) {
	if s.err == nil {
		s.err = err
	}
}

func (s *ss) failString(msg string) {
	s.fail(errors.New(msg))
}

// takeErr returns s.err and clears it.
func (s *ss) takeErr() error {
	err := s.err
	s.err = nil
	return err
}

// getRune reads a rune: eof at the end of input, and after a reader's
// error (recorded in s.err).
func (s *ss) getRune() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err != io.EOF {
			s.fail(err)
		}
		return eof
	}
	return r
}

func (s *ss) mustReadRune() rune {
	r := s.getRune()
	if r == eof {
		s.fail(io.ErrUnexpectedEOF)
	}
	return r
}

func (s *ss) peek(ok string) bool {
	r := s.getRune()
	if r != eof {
		s.UnreadRune()
	}
	return indexRune(ok, r) >= 0
}

func indexRune(s string, r rune) int {
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

// isSpace is Go's fmt space set.
func isSpace(r rune) bool {
	switch {
	case r <= ' ':
		return r == ' ' || r >= '\t' && r <= '\r'
	case r < 0x85:
		return false
	}
	return r == 0x85 || r == 0xA0 || r == 0x1680 ||
		r >= 0x2000 && r <= 0x200A || r == 0x2028 || r == 0x2029 ||
		r == 0x202F || r == 0x205F || r == 0x3000
}

func notSpace(r rune) bool {
	return !isSpace(r)
}

// skipSpace skips blanks; a newline is one unless the call is an ln form
// (then it is the error "unexpected newline"); \r\n counts as \n.
func (s *ss) skipSpace() {
	for s.err == nil {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.failString("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.UnreadRune()
			return
		}
	}
}

// SkipSpace is skipSpace for custom Scanners: its error ends the whole
// scan (a panic that callScanner recovers).
func (s *ss) SkipSpace() {
	s.skipSpace()
	if s.err != nil {
		panic(scanError{s.takeErr()})
	}
}

// Token returns the next run of runes satisfying f (notSpace when f is
// nil), after skipping blanks when skipSpace is set.
func (s *ss) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	if skipSpace {
		s.skipSpace()
	}
	for s.err == nil {
		r := s.getRune()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		if r < utf8.RuneSelf {
			s.buf = append(s.buf, byte(r))
		} else {
			s.buf = utf8.AppendRune(s.buf, r)
		}
	}
	return s.buf, s.takeErr()
}

// callScanner lets a Scanner scan itself; io.EOF from it means the input
// ended inside the operand.
func (s *ss) callScanner(v Scanner, verb rune) (err error) {
	defer func() {
		if e := recover(); e != nil {
			if se, ok := e.(scanError); ok {
				err = se.err
			} else if ee, ok := e.(error); ok && ee == io.EOF {
				err = io.EOF
			} else {
				panic(e)
			}
		}
	}()
	err = v.Scan(s, verb)
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return
}

// flags returns the scanValues flags of the state.
func (s *ss) flags() int {
	f := 0
	if s.nlIsSpace {
		f |= scanNlIsSpace
	}
	if s.nlIsEnd {
		f |= scanNlIsEnd
	}
	if s.atEOF {
		f |= scanAtEOF
	}
	return f
}

// scanString scans operands from the string input with scanValues: the
// number stored, and the status for statusError.
func (s *ss) scanString(a []any, verb rune, limit, flags int) (n int, status int, msg string) {
	n, used, runes, st, msg := scanValues(a, s.str[s.pos:], verb, limit, flags|s.flags())
	s.pos += used
	s.lastW = 0
	s.count += runes
	s.atEOF = st&stAtEOF != 0
	return n, st & stStatusMask, msg
}

// scanReader scans one operand a[0] from the reader: scanValues sees the
// runes read so far and asks for one more while it needs it, so exactly
// the runes Go would read are read; the one it looked at past the token
// is pushed back.
func (s *ss) scanReader(a []any, verb rune, limit, flags int) error {
	flags |= s.flags()
	ahead := s.buf[:0]
	srcEOF := false
	for {
		f := flags
		if !srcEOF {
			f |= scanMore
		}
		_, used, runes, st, msg := scanValues(a, string(ahead), verb, limit, f)
		if st&stStatusMask == stMore {
			// Feed the rune it asks for; while the scan is in a loop
			// that takes a whole class of runes (digits, a word), feed
			// the runes of that class without asking each time.
			class := st >> stClassShift
			if limit != hugeWid {
				class = 0
			}
			for {
				r, _, err := s.rs.ReadRune()
				if err != nil {
					if err == io.EOF {
						srcEOF = true
						break
					}
					s.count += utf8.RuneCount(ahead)
					return err
				}
				if r < utf8.RuneSelf {
					ahead = append(ahead, byte(r))
				} else {
					ahead = utf8.AppendRune(ahead, r)
				}
				if class == 5 && (r >= '1' && r <= '9' || r == '_') {
					class = 1 // a decimal integer's digits follow
					continue
				}
				if !s.inClass(class, r) {
					break
				}
			}
			continue
		}
		if used < len(ahead) {
			s.rs.UnreadRune()
		}
		s.buf = ahead
		s.count += runes
		s.atEOF = st&stAtEOF != 0
		return statusError(st&stStatusMask, msg)
	}
}

// scanOne scans one operand, a[0]: a Scanner scans itself, anything else is
// scanValues'. In Scanf (inFormat) blanks before the operand are skipped
// (but not for %c) and its width starts after them.
func (s *ss) scanOne(verb rune, a []any, inFormat bool) error {
	s.buf = s.buf[:0]
	if v, ok := a[0].(Scanner); ok {
		if !inFormat {
			return s.callScanner(v, verb)
		}
		if verb != 'c' {
			s.skipSpace()
			if s.err != nil {
				return s.takeErr()
			}
		}
		if s.maxWid < hugeWid {
			s.argLimit = s.count + s.maxWid
		}
		err := s.callScanner(v, verb)
		s.argLimit = hugeWid
		return err
	}
	limit, flags := hugeWid, scanNoScanner
	if inFormat {
		limit = s.maxWid
		if verb != 'c' {
			flags |= scanSkipFirst
		}
	}
	a = a[:1]
	if s.rs != nil {
		return s.scanReader(a, verb, limit, flags)
	}
	_, st, msg := s.scanString(a, verb, limit, flags)
	return statusError(st, msg)
}

// inClass reports whether r belongs to a stMore class (scan.c): 1 decimal
// digits and _, 2 decimal digits, 3 anything but a space, 4 a space that
// skipping blanks passes over. (5, the peek for a 0 before %v digits, is
// handled by the caller.)
func (s *ss) inClass(class int, r rune) bool {
	switch class {
	case 1:
		return r >= '0' && r <= '9' || r == '_'
	case 2:
		return r >= '0' && r <= '9'
	case 3:
		return !isSpace(r)
	case 4:
		if r == '\n' {
			return s.nlIsSpace
		}
		return r != '\r' && isSpace(r)
	}
	return false
}

// statusError turns scanValues' status into an error.
func statusError(status int, msg string) error {
	switch status {
	case stOK:
		return nil
	case stEOF:
		return io.EOF
	case stUnexpectedEOF:
		return io.ErrUnexpectedEOF
	case stNil:
		nilOperand()
	case stRange, stSyntax:
		i := 0
		for i < len(msg) && msg[i] != ' ' {
			i++
		}
		e := strconv.ErrSyntax
		if status == stRange {
			e = strconv.ErrRange
		}
		return &strconv.NumError{Func: msg[:i], Num: msg[i+1:], Err: e}
	}
	return errors.New(msg)
}

// nilOperand panics as Go does for a nil pointer operand: Go stores
// through it inside its scan's deferred recover, which panics again.
func nilOperand() {
	defer func() {
		if e := recover(); e != nil {
			panic(e)
		}
	}()
	var p *int
	*p = 0
}

func (s *ss) doScan(a []any) (numProcessed int, err error) {
	if s.rs == nil {
		// a string: scanValues takes all operands up to a Scanner
		for numProcessed < len(a) {
			n, st, msg := s.scanString(a[numProcessed:], 'v', hugeWid, 0)
			numProcessed += n
			if st == stScanner {
				if err = s.scanOne('v', a[numProcessed:], false); err != nil {
					return
				}
				numProcessed++
			} else if err = statusError(st, msg); err != nil {
				return
			}
		}
	} else {
		for numProcessed < len(a) {
			if err = s.scanOne('v', a[numProcessed:], false); err != nil {
				return
			}
			numProcessed++
		}
	}
	if s.nlIsEnd {
		// the ln forms: the rest of the line must be blank
		for {
			r := s.getRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				return numProcessed, errors.New("expected newline")
			}
		}
	}
	return numProcessed, s.takeErr()
}

// advance matches the format's text before the next verb against the
// input: the number of format bytes matched, or -1 when a literal rune
// does not match (errors in s.err). Spaces match zero or more spaces; a
// newline (with the spaces around it) matches one newline or the end of
// input.
func (s *ss) advance(format string) (i int) {
	for i < len(format) {
		fmtc, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(fmtc) {
			newlines := 0
			trailingSpace := false
			for isSpace(fmtc) && i < len(format) {
				if fmtc == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i += w
				fmtc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				inputc := s.getRune()
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != '\n' && inputc != eof {
					s.failString("newline in format does not match input")
					return
				}
			}
			if trailingSpace {
				inputc := s.getRune()
				if newlines == 0 {
					if !isSpace(inputc) && inputc != eof {
						s.failString("expected space in input to match format")
						return
					}
					if inputc == '\n' {
						s.failString("newline in input does not match format")
						return
					}
				}
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != eof {
					s.UnreadRune()
				}
			}
			if s.err != nil {
				return
			}
			continue
		}
		if fmtc == '%' {
			if i+w == len(format) {
				s.failString("missing verb: % at end of format string")
				return
			}
			nextc, _ := utf8.DecodeRuneInString(format[i+w:])
			if nextc != '%' {
				return
			}
			i += w // %% matches one %
		}
		inputc := s.mustReadRune()
		if s.err != nil {
			return
		}
		if fmtc != inputc {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return
}

// scanWidth reads the decimal width at format[i:end] (Go's parsenum).
func scanWidth(format string, i, end int) (wid int, ok bool, next int) {
	if i >= end {
		return 0, false, end
	}
	for next = i; next < end && format[next] >= '0' && format[next] <= '9'; next++ {
		if wid > 1e6 {
			return 0, false, end
		}
		wid = wid*10 + int(format[next]-'0')
		ok = true
	}
	return
}

// doScanfString is doScanf for a string input: scanFormat does the work,
// and hands back each Scanner operand to scanOne.
func (s *ss) doScanfString(format string, a []any) (numProcessed int, err error) {
	for {
		n, fmtPos, used, runes, st, msg := scanFormat(a[numProcessed:], s.str[s.pos:], format, s.flags())
		numProcessed += n
		s.pos += used
		s.lastW = 0
		s.count += runes
		s.atEOF = st&stAtEOF != 0
		if st&stStatusMask != stScanner {
			return numProcessed, statusError(st&stStatusMask, msg)
		}
		format = format[fmtPos:]
		i := 1
		var widPresent bool
		s.maxWid, widPresent, i = scanWidth(format, i, len(format)-1)
		if !widPresent {
			s.maxWid = hugeWid
		}
		c, w := utf8.DecodeRuneInString(format[i:])
		if err = s.scanOne(c, a[numProcessed:], true); err != nil {
			return
		}
		numProcessed++
		format = format[i+w:]
	}
}

func (s *ss) doScanf(format string, a []any) (numProcessed int, err error) {
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if s.err != nil {
			return numProcessed, s.takeErr()
		}
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				return numProcessed, errors.New("input does not match format")
			}
			break
		}
		i++
		var widPresent bool
		s.maxWid, widPresent, i = scanWidth(format, i, end)
		if !widPresent {
			s.maxWid = hugeWid
		}
		c, w := utf8.DecodeRuneInString(format[i:])
		i += w
		if c == '%' {
			s.skipSpace()
			if s.err != nil {
				return numProcessed, s.takeErr()
			}
			r := s.getRune()
			if s.err != nil {
				return numProcessed, s.takeErr()
			}
			if r == eof {
				return numProcessed, io.EOF
			}
			if r != '%' {
				s.UnreadRune()
				return numProcessed, errors.New("missing literal %")
			}
			continue
		}
		if numProcessed >= len(a) {
			if c != 'c' {
				s.skipSpace()
				if s.err != nil {
					return numProcessed, s.takeErr()
				}
			}
			return numProcessed, errors.New("too few operands for format '%" + format[i-w:] + "'")
		}
		if err = s.scanOne(c, a[numProcessed:], true); err != nil {
			return
		}
		numProcessed++
	}
	if numProcessed < len(a) {
		return numProcessed, errors.New("too many operands")
	}
	return
}

// readRune makes an io.Reader a RuneScanner for one call: it reads a byte
// at a time (never more than the runes it returns) and keeps the last rune
// for UnreadRune. peekRune >= 0 is a pushed-back rune; < 0 is ^(the last
// rune read).
type readRune struct {
	reader   io.Reader
	one      []byte
	pending  []byte // bytes after an invalid UTF-8 prefix
	peekRune rune
}

func (r *readRune) readByte() (byte, error) {
	if len(r.pending) > 0 {
		b := r.pending[0]
		r.pending = r.pending[1:]
		return b, nil
	}
	if r.one == nil {
		r.one = make([]byte, 1)
	}
	n, err := io.ReadFull(r.reader, r.one)
	if n != 1 {
		return 0, err
	}
	return r.one[0], err
}

func (r *readRune) ReadRune() (rr rune, size int, err error) {
	if r.peekRune >= 0 {
		rr = r.peekRune
		r.peekRune = ^r.peekRune
		return rr, utf8.RuneLen(rr), nil
	}
	b, err := r.readByte()
	if err != nil {
		return 0, 0, err
	}
	if b < utf8.RuneSelf {
		r.peekRune = ^rune(b)
		return rune(b), 1, nil
	}
	buf := []byte{b}
	for !utf8.FullRune(buf) {
		b, err = r.readByte()
		if err != nil {
			if err != io.EOF {
				return 0, 0, err
			}
			err = nil
			break
		}
		buf = append(buf, b)
	}
	rr, size = utf8.DecodeRune(buf)
	if size < len(buf) {
		r.pending = append(r.pending, buf[size:]...)
	}
	r.peekRune = ^rr
	return rr, size, nil
}

func (r *readRune) UnreadRune() error {
	if r.peekRune >= 0 {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	r.peekRune = ^r.peekRune
	return nil
}

func Sscan(str string, a ...any) (n int, err error) {
	return newStringState(str, true, false).doScan(a)
}

func Sscanln(str string, a ...any) (n int, err error) {
	return newStringState(str, false, true).doScan(a)
}

func Sscanf(str string, format string, a ...any) (n int, err error) {
	return newStringState(str, false, false).doScanfString(format, a)
}

func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newReaderState(r, true, false).doScan(a)
}

func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newReaderState(r, false, true).doScan(a)
}

func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newReaderState(r, false, false).doScanf(format, a)
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
