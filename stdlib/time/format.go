// Layouts: Time.Format and Parse by example, and ParseDuration.
//
// A layout shows how the reference time, Mon Jan 2 15:04:05 MST 2006
// (Unix 1136239445, zone -0700), would be written. nextElem splits a
// layout into a literal prefix, one recognised element (an elem code,
// with the digit count and separator of a fractional second packed into
// its upper bits) and the rest; Format writes each element from t's
// calendar fields in its zone, Parse reads each element into the fields of
// a Date call and then settles the zone: an explicit offset or zone name
// is matched against the local Location (Local for Parse, the given one
// for ParseInLocation) and becomes a FixedZone when that zone was not in
// effect; otherwise the time is in the default Location.
//
// Recognition is greedy and order-sensitive exactly as in Go: "Jan" is a
// month only when no lower-case letter follows ("Janet" is literal),
// "2006" is a year while a lone "2" is the day, "_2006" is a literal '_'
// and the year, ".000"/".999" (or ",000") are fractions only when no
// other digit follows the run.
package time

import "errors"

const (
	Layout      = "01/02 03:04:05PM '06 -0700" // the reference time, in numerical order
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// Layout elements.
const (
	elemNone         = iota
	elemLongMonth    // January
	elemMonth        // Jan
	elemNumMonth     // 1
	elemZeroMonth    // 01
	elemLongWeekDay  // Monday
	elemWeekDay      // Mon
	elemDay          // 2
	elemUnderDay     // _2
	elemZeroDay      // 02
	elemUnderYearDay // __2
	elemZeroYearDay  // 002
	elemHour         // 15
	elemHour12       // 3
	elemZeroHour12   // 03
	elemMinute       // 4
	elemZeroMinute   // 04
	elemSecond       // 5
	elemZeroSecond   // 05
	elemLongYear     // 2006
	elemYear         // 06
	elemPM           // PM
	elempm           // pm
	elemTZ           // MST
	elemNumTZ        // -0700
	elemNumSecondsTZ // -070000
	elemNumShortTZ   // -07
	elemNumColonTZ   // -07:00
	elemNumColonSecs // -07:00:00
	elemISOTZ        // Z0700 (the ISO codes mirror the numeric ones)
	elemISOSecondsTZ // Z070000
	elemISOShortTZ   // Z07
	elemISOColonTZ   // Z07:00
	elemISOColonSecs // Z07:00:00
	elemFrac0        // .0, .00, ... (exactly that many digits)
	elemFrac9        // .9, .99, ... (trailing zeros dropped)

	elemMask       = 0xff
	elemDigitShift = 8       // fraction digit count
	elemComma      = 1 << 16 // the fraction's separator is ','
)

// elemStart marks with 'x' the bytes that can begin a layout element.
const elemStart = "                                            xxx xxxxxx          " +
	"          x  x  x         x    x                x               "

func isDigitAt(s string, i int) bool {
	return i < len(s) && s[i] >= '0' && s[i] <= '9'
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

func startsWithLower(s string) bool { return s != "" && s[0] >= 'a' && s[0] <= 'z' }

// nextElem returns the literal text before the first element of layout,
// the element, and the text after it (elemNone and "" when none is left).
func nextElem(layout string) (prefix string, elem int, suffix string) {
	for i := 0; i < len(layout); i++ {
		if c := layout[i]; c >= 128 || elemStart[c] == ' ' {
			continue // cannot start an element
		}
		rest := layout[i:]
		n, e := elemAt(rest)
		if e == elemLongYear && rest[0] == '_' {
			// "_2006" is a literal underscore followed by the year.
			return layout[:i+1], elemLongYear, rest[5:]
		}
		if e != elemNone {
			return layout[:i], e, rest[n:]
		}
	}
	return layout, elemNone, ""
}

// elemAt recognises the element at the start of s: its length and code.
func elemAt(s string) (int, int) {
	switch s[0] {
	case 'J':
		if hasPrefix(s, "January") {
			return 7, elemLongMonth
		}
		if hasPrefix(s, "Jan") && !startsWithLower(s[3:]) {
			return 3, elemMonth
		}
	case 'M':
		if hasPrefix(s, "Monday") {
			return 6, elemLongWeekDay
		}
		if hasPrefix(s, "Mon") && !startsWithLower(s[3:]) {
			return 3, elemWeekDay
		}
		if hasPrefix(s, "MST") {
			return 3, elemTZ
		}
	case '0':
		if len(s) >= 2 {
			switch s[1] {
			case '1':
				return 2, elemZeroMonth
			case '2':
				return 2, elemZeroDay
			case '3':
				return 2, elemZeroHour12
			case '4':
				return 2, elemZeroMinute
			case '5':
				return 2, elemZeroSecond
			case '6':
				return 2, elemYear
			}
		}
		if hasPrefix(s, "002") {
			return 3, elemZeroYearDay
		}
	case '1':
		if hasPrefix(s, "15") {
			return 2, elemHour
		}
		return 1, elemNumMonth
	case '2':
		if hasPrefix(s, "2006") {
			return 4, elemLongYear
		}
		return 1, elemDay
	case '_':
		if hasPrefix(s, "_2006") {
			return 5, elemLongYear // the caller keeps the '_' literal
		}
		if hasPrefix(s, "_2") {
			return 2, elemUnderDay
		}
		if hasPrefix(s, "__2") {
			return 3, elemUnderYearDay
		}
	case '3':
		return 1, elemHour12
	case '4':
		return 1, elemMinute
	case '5':
		return 1, elemSecond
	case 'P':
		if hasPrefix(s, "PM") {
			return 2, elemPM
		}
	case 'p':
		if hasPrefix(s, "pm") {
			return 2, elempm
		}
	case '-', 'Z':
		if len(s) < 3 || s[1] != '0' || s[2] != '7' {
			break
		}
		// The ISO 8601 codes follow the numeric ones in the same order.
		iso := 0
		if s[0] == 'Z' {
			iso = elemISOTZ - elemNumTZ
		}
		switch {
		case hasPrefix(s[1:], "070000"):
			return 7, elemNumSecondsTZ + iso
		case hasPrefix(s[1:], "07:00:00"):
			return 9, elemNumColonSecs + iso
		case hasPrefix(s[1:], "0700"):
			return 5, elemNumTZ + iso
		case hasPrefix(s[1:], "07:00"):
			return 6, elemNumColonTZ + iso
		}
		return 3, elemNumShortTZ + iso
	case '.', ',':
		if len(s) >= 2 && (s[1] == '0' || s[1] == '9') {
			j := 1
			for j < len(s) && s[j] == s[1] {
				j++
			}
			if !isDigitAt(s, j) {
				e := elemFrac0
				if s[1] == '9' {
					e = elemFrac9
				}
				e |= (j - 1) << elemDigitShift
				if s[0] == ',' {
					e |= elemComma
				}
				return j, e
			}
		}
	}
	return 0, elemNone
}

func fracDigits(elem int) int { return (elem >> elemDigitShift) & 0xff }

func fracSeparator(elem int) byte {
	if elem&elemComma != 0 {
		return ','
	}
	return '.'
}

// appendInt appends x in decimal, zero-padded to width digits (a minus
// sign before the padding).
func appendInt(b []byte, x int, width int) []byte {
	if x >= 0 && x < 100 && width <= 2 { // the common case, without a buffer
		if x >= 10 || width == 2 {
			return append(b, byte('0'+x/10), byte('0'+x%10))
		}
		return append(b, byte('0'+x))
	}
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	buf[i] = byte('0' + u)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// appendFrac appends the fraction of a second nsec as elem asks.
func appendFrac(b []byte, nsec int, elem int) []byte {
	trim := elem&elemMask == elemFrac9
	n := fracDigits(elem)
	if n > 9 {
		n = 9
	}
	if trim && (n == 0 || nsec == 0) {
		return b
	}
	sep := fracSeparator(elem)
	b = append(b, sep)
	b = appendInt(b, nsec, 9)
	b = b[:len(b)-9+n]
	if trim {
		for b[len(b)-1] == '0' {
			b = b[:len(b)-1]
		}
		if b[len(b)-1] == sep {
			b = b[:len(b)-1]
		}
	}
	return b
}

// appendZone appends a numeric zone offset (seconds east of UTC).
func appendZone(b []byte, offset int, elem int) []byte {
	switch elem {
	case elemISOTZ, elemISOSecondsTZ, elemISOShortTZ, elemISOColonTZ, elemISOColonSecs:
		if offset == 0 {
			return append(b, 'Z')
		}
	}
	zone := offset / 60
	abs := offset
	if zone < 0 {
		b = append(b, '-')
		zone = -zone
		abs = -abs
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, zone/60, 2)
	colon := elem == elemISOColonTZ || elem == elemNumColonTZ ||
		elem == elemISOColonSecs || elem == elemNumColonSecs
	if colon {
		b = append(b, ':')
	}
	if elem != elemNumShortTZ && elem != elemISOShortTZ {
		b = appendInt(b, zone%60, 2)
	}
	switch elem {
	case elemISOSecondsTZ, elemNumSecondsTZ, elemISOColonSecs, elemNumColonSecs:
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, abs%60, 2)
	}
	return b
}

// Format returns t written as layout shows the reference time.
func (t Time) Format(layout string) string {
	b := make([]byte, 0, len(layout)+10)
	return string(t.AppendFormat(b, layout))
}

// fields are t's calendar fields in its zone, computed once per Format.
type fields struct {
	name           string
	offset         int
	year           int
	month          Month
	day, yday      int
	hour, min, sec int
	weekday        Weekday
}

func (t Time) fields() fields {
	var f fields
	var s int64
	f.name, f.offset, s = t.localSec()
	days := s / 86400
	if s < 0 && s%86400 != 0 {
		days--
	}
	sod := int(s - days*86400)
	f.year, f.month, f.day, f.yday = civilDate(days)
	f.weekday = Weekday((days%7 + 11) % 7)
	f.hour, f.min, f.sec = sod/3600, sod%3600/60, sod%60
	return f
}

// AppendFormat is Format appending to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	f := t.fields()
	for layout != "" {
		prefix, elem, suffix := nextElem(layout)
		b = append(b, prefix...)
		if elem == elemNone {
			break
		}
		layout = suffix
		b = f.appendElem(b, elem, int(t.nsec))
	}
	return b
}

func (f *fields) appendElem(b []byte, elem int, nsec int) []byte {
	// golem compiles a switch to a chain of comparisons: the common
	// numeric elements come first, the zones and fractions are split off.
	switch elem & elemMask {
	case elemLongYear:
		return appendInt(b, f.year, 4)
	case elemZeroMonth:
		return appendInt(b, int(f.month), 2)
	case elemZeroDay:
		return appendInt(b, f.day, 2)
	case elemHour:
		return appendInt(b, f.hour, 2)
	case elemZeroMinute:
		return appendInt(b, f.min, 2)
	case elemZeroSecond:
		return appendInt(b, f.sec, 2)
	case elemFrac0, elemFrac9:
		return appendFrac(b, nsec, elem)
	}
	if elem&elemMask >= elemNumTZ {
		return appendZone(b, f.offset, elem)
	}
	switch elem & elemMask {
	case elemYear:
		y := f.year
		if y < 0 {
			y = -y
		}
		return appendInt(b, y%100, 2)
	case elemMonth:
		return append(b, f.month.String()[:3]...)
	case elemLongMonth:
		return append(b, f.month.String()...)
	case elemNumMonth:
		return appendInt(b, int(f.month), 0)
	case elemWeekDay:
		return append(b, f.weekday.String()[:3]...)
	case elemLongWeekDay:
		return append(b, f.weekday.String()...)
	case elemDay:
		return appendInt(b, f.day, 0)
	case elemUnderDay:
		if f.day < 10 {
			b = append(b, ' ')
		}
		return appendInt(b, f.day, 0)
	case elemUnderYearDay:
		if f.yday < 100 {
			b = append(b, ' ')
			if f.yday < 10 {
				b = append(b, ' ')
			}
		}
		return appendInt(b, f.yday, 0)
	case elemZeroYearDay:
		return appendInt(b, f.yday, 3)
	case elemHour12, elemZeroHour12:
		h := f.hour % 12
		if h == 0 {
			h = 12
		}
		if elem == elemHour12 {
			return appendInt(b, h, 0)
		}
		return appendInt(b, h, 2)
	case elemMinute:
		return appendInt(b, f.min, 0)
	case elemSecond:
		return appendInt(b, f.sec, 0)
	case elemPM:
		if f.hour >= 12 {
			return append(b, "PM"...)
		}
		return append(b, "AM"...)
	case elempm:
		if f.hour >= 12 {
			return append(b, "pm"...)
		}
		return append(b, "am"...)
	case elemTZ:
		if f.name != "" {
			return append(b, f.name...)
		}
		zone := f.offset / 60
		if zone < 0 {
			b = append(b, '-')
			zone = -zone
		} else {
			b = append(b, '+')
		}
		b = appendInt(b, zone/60, 2)
		return appendInt(b, zone%60, 2)
	}
	return b
}

// String formats t as "2006-01-02 15:04:05.999999999 -0700 MST", followed
// for times read by Now by the monotonic reading, "m=+0.001234567"
// (seconds since the program started).
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := t.mono - startMono
		sign := " m=+"
		if m < 0 {
			sign = " m=-"
			m = -m
		}
		b := appendInt([]byte(sign), int(m/1e9), 0)
		b = append(b, '.')
		s += string(appendInt(b, int(m%1e9), 9))
	}
	return s
}

// GoString returns t as Go source: "time.Date(2009, time.November, 10,
// 23, 0, 0, 0, time.UTC)".
func (t Time) GoString() string {
	f := t.fields()
	b := append([]byte{}, "time.Date("...)
	b = appendInt(b, f.year, 0)
	if f.month >= January && f.month <= December {
		b = append(b, ", time."...)
		b = append(b, f.month.String()...)
	} else {
		b = append(b, ", "...)
		b = appendInt(b, int(f.month), 0)
	}
	for _, v := range [5]int{f.day, f.hour, f.min, f.sec, int(t.nsec)} {
		b = append(b, ", "...)
		b = appendInt(b, v, 0)
	}
	b = append(b, ", "...)
	switch l := t.loc; l {
	case nil, UTC:
		b = append(b, "time.UTC"...)
	case Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quote(l.name)...)
		b = append(b, ')')
	}
	return string(append(b, ')'))
}

// MarshalText writes t in RFC 3339 with nanoseconds.
func (t Time) MarshalText() ([]byte, error) {
	if y := t.Year(); y < 0 || y >= 10000 {
		return nil, errors.New("Time.MarshalText: year outside of range [0,9999]")
	}
	return t.AppendFormat(make([]byte, 0, 35), RFC3339Nano), nil
}

// UnmarshalText reads an RFC 3339 time.
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}

// MarshalJSON writes t as a quoted RFC 3339 string.
func (t Time) MarshalJSON() ([]byte, error) {
	if y := t.Year(); y < 0 || y >= 10000 {
		return nil, errors.New("Time.MarshalJSON: year outside of range [0,9999]")
	}
	b := append(make([]byte, 0, 37), '"')
	b = t.AppendFormat(b, RFC3339Nano)
	return append(b, '"'), nil
}

// UnmarshalJSON reads a quoted RFC 3339 string; null leaves t unchanged.
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	var err error
	*t, err = Parse(`"`+RFC3339+`"`, string(data))
	return err
}

// MarshalBinary encodes t as Go does: a version byte (1, or 2 when the
// zone offset has seconds), the seconds since year 1 (8 bytes) and the
// nanoseconds (4 bytes), big-endian, then the offset in minutes (2 bytes,
// -1 for UTC) and, in version 2, its seconds.
func (t Time) MarshalBinary() ([]byte, error) {
	var offsetMin int16
	var offsetSec int8
	version := byte(1)
	if t.Location() == UTC {
		offsetMin = -1
	} else {
		_, offset := t.Zone()
		if offset%60 != 0 {
			version = 2
			offsetSec = int8(offset % 60)
		}
		offset /= 60
		if offset < -32768 || offset == -1 || offset > 32767 {
			return nil, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
		offsetMin = int16(offset)
	}
	enc := make([]byte, 15, 16)
	enc[0] = version
	for i := 0; i < 8; i++ {
		enc[1+i] = byte(t.sec >> (56 - 8*i))
	}
	for i := 0; i < 4; i++ {
		enc[9+i] = byte(t.nsec >> (24 - 8*i))
	}
	enc[13], enc[14] = byte(offsetMin>>8), byte(offsetMin)
	if version == 2 {
		enc = append(enc, byte(offsetSec))
	}
	return enc, nil
}

// UnmarshalBinary decodes MarshalBinary's encoding; the zone becomes UTC,
// Local when Local has that offset at that instant, else a FixedZone.
func (t *Time) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := data[0]
	if version != 1 && version != 2 {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	want := 15
	if version == 2 {
		want++
	}
	if len(data) != want {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}
	var sec int64
	for i := 1; i <= 8; i++ {
		sec = sec<<8 | int64(data[i])
	}
	var nsec int32
	for i := 9; i <= 12; i++ {
		nsec = nsec<<8 | int32(data[i])
	}
	offset := int(int16(data[13])<<8|int16(data[14])) * 60
	if version == 2 {
		offset += int(data[15])
	}
	*t = Time{sec: sec, nsec: int64(nsec)}
	if offset == -60 {
		return nil
	}
	if _, localOff, _, _, _ := Local.lookup(t.unixSec()); offset == localOff {
		t.setLoc(Local)
	} else {
		t.setLoc(FixedZone("", offset))
	}
	return nil
}

// GobEncode is MarshalBinary.
func (t Time) GobEncode() ([]byte, error) { return t.MarshalBinary() }

// GobDecode is UnmarshalBinary.
func (t *Time) GobDecode(data []byte) error { return t.UnmarshalBinary(data) }

// ---- Parse ----

// A ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// quote writes s in double quotes, with '"' and '\\' escaped and every
// byte of a control or non-ASCII character as \xHH (Go's time.quote).
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 1, len(s)+2)
	b[0] = '"'
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80 || c < ' ':
			b = append(b, '\\', 'x', hex[c>>4], hex[c&15])
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		default:
			b = append(b, c)
		}
	}
	return string(append(b, '"'))
}

func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) +
			": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

var errBad = errors.New("bad value for field")

// getnum reads one or two digits (exactly two when fixed).
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigitAt(s, 0) {
		return 0, s, errBad
	}
	if !isDigitAt(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3 reads one to three digits (exactly three when fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	n, i := 0, 0
	for i < 3 && isDigitAt(s, i) {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

// atoi reads a whole string as a signed decimal.
func atoi(s string) (int, error) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	q, rem, err := leadingInt(s)
	x := int(q)
	if err != nil || rem != "" {
		return 0, errBad
	}
	if neg {
		x = -x
	}
	return x, nil
}

var errLeadingInt = errors.New("time: bad [0-9]*")

// leadingInt consumes the leading decimal digits of s (none is a zero).
func leadingInt(s string) (x uint64, rem string, err error) {
	i := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		if x > 1<<63/10 {
			return 0, rem, errLeadingInt
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, rem, errLeadingInt
		}
	}
	return x, s[i:], nil
}

// lookupName matches the start of val, ignoring ASCII case, against the
// names packed in list (name i ends at ends[i+1]); it returns the index.
func lookupName(list string, ends []int, val string) (int, string, error) {
	for i := 0; i+1 < len(ends); i++ {
		v := list[ends[i]:ends[i+1]]
		if len(val) >= len(v) && equalFoldASCII(val[:len(v)], v) {
			return i, val[len(v):], nil
		}
	}
	return -1, val, errBad
}

// lookupShort is lookupName over the three-letter abbreviations.
func lookupShort(list string, ends []int, val string) (int, string, error) {
	for i := 0; i+1 < len(ends); i++ {
		v := list[ends[i] : ends[i]+3]
		if len(val) >= 3 && equalFoldASCII(val[:3], v) {
			return i, val[3:], nil
		}
	}
	return -1, val, errBad
}

func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		c, d := a[i], b[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if d >= 'A' && d <= 'Z' {
			d += 'a' - 'A'
		}
		if c != d {
			return false
		}
	}
	return true
}

// skip consumes the literal prefix of the layout from value; a space in
// the layout matches any run of spaces (or the end of value).
func skip(value, prefix string) (string, error) {
	for prefix != "" {
		if prefix[0] == ' ' {
			if value != "" && value[0] != ' ' {
				return value, errBad
			}
			prefix = cutSpace(prefix)
			value = cutSpace(value)
			continue
		}
		if value == "" || value[0] != prefix[0] {
			return value, errBad
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, nil
}

func cutSpace(s string) string {
	for s != "" && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

func commaOrPeriod(c byte) bool { return c == '.' || c == ',' }

// parseNanoseconds reads a separator and nbytes-1 digits as nanoseconds.
func parseNanoseconds(value string, nbytes int) (ns int, rangeErr string, err error) {
	if !commaOrPeriod(value[0]) {
		return 0, "", errBad
	}
	if nbytes > 10 {
		value = value[:10]
		nbytes = 10
	}
	if ns, err = atoi(value[1:nbytes]); err != nil {
		return 0, "", err
	}
	if ns < 0 {
		return 0, "fractional second", nil
	}
	for i := nbytes; i < 10; i++ {
		ns *= 10
	}
	return ns, "", nil
}

// parseTimeZone returns the length of the zone abbreviation at the start
// of value: three to five upper-case letters (four or five ending in T,
// or WITA), ChST or MeST, GMT with an optional signed hour, or a bare
// signed offset.
func parseTimeZone(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		if len(value) == 3 {
			return 3, true
		}
		return 3 + parseSignedOffset(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := parseSignedOffset(value)
		return n, n > 0
	}
	n := 0
	for n < 6 && n < len(value) && value[n] >= 'A' && value[n] <= 'Z' {
		n++
	}
	switch n {
	case 3:
		return 3, true
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	}
	return 0, false
}

// parseSignedOffset returns the length of a leading "+h" or "-hh" (an
// hour from -23 to 23), or 0.
func parseSignedOffset(value string) int {
	if value == "" || value[0] != '-' && value[0] != '+' {
		return 0
	}
	x, rem, err := leadingInt(value[1:])
	if err != nil || len(rem) == len(value)-1 {
		return 0
	}
	if x > 23 {
		return 0
	}
	return len(value) - len(rem)
}

// Parse parses value as layout shows the reference time. Without a zone
// in value the time is UTC; a zone offset or abbreviation in effect in
// Local at that time gives a Local time, any other a FixedZone.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is Parse with loc in place of UTC (default) and Local
// (zone matching).
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

// parsed holds the fields read so far (-1: not seen).
type parsed struct {
	year, month, day, yday int
	hour, min, sec, nsec   int
	pmSet, amSet           bool
	z                      *Location
	zoneOffset             int
	zoneName               string
}

func parse(layout, value string, defaultLoc, local *Location) (Time, error) {
	alayout, avalue := layout, value
	p := parsed{month: -1, day: -1, yday: -1, zoneOffset: -1}
	for {
		prefix, elem, suffix := nextElem(layout)
		elemStr := layout[len(prefix) : len(layout)-len(suffix)]
		var err error
		value, err = skip(value, prefix)
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, prefix, value, ""}
		}
		if elem == elemNone {
			if value != "" {
				return Time{}, &ParseError{alayout, avalue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = suffix
		var rangeErr string
		value, rangeErr, err = p.parseElem(elem, value, layout)
		if rangeErr != "" {
			return Time{}, &ParseError{alayout, avalue, elemStr, value, ": " + rangeErr + " out of range"}
		}
		if err != nil {
			// As in Go, the error shows the value from where the element's
			// reading stopped (only a bad two-digit year is shown whole).
			return Time{}, &ParseError{alayout, avalue, elemStr, value, ""}
		}
	}
	return p.finish(alayout, avalue, value, defaultLoc, local)
}

// parseElem reads one layout element from value into p; layout is the
// rest of the layout after it.
func (p *parsed) parseElem(elem int, value, layout string) (rest, rangeErr string, err error) {
	switch elem & elemMask {
	case elemYear:
		if len(value) < 2 {
			return value, "", errBad
		}
		if p.year, err = atoi(value[:2]); err != nil {
			return value, "", err
		}
		if p.year >= 69 {
			p.year += 1900
		} else {
			p.year += 2000
		}
		return value[2:], "", nil
	case elemLongYear:
		if len(value) < 4 || !isDigitAt(value, 0) {
			return value, "", errBad
		}
		p.year, err = atoi(value[:4])
		return value[4:], "", err
	case elemMonth:
		p.month, value, err = lookupShort(monthNameList, monthNameEnd[:], value)
		p.month++
		return value, "", err
	case elemLongMonth:
		p.month, value, err = lookupName(monthNameList, monthNameEnd[:], value)
		p.month++
		return value, "", err
	case elemNumMonth, elemZeroMonth:
		p.month, value, err = getnum(value, elem == elemZeroMonth)
		if err == nil && (p.month <= 0 || p.month > 12) {
			return value, "month", nil
		}
		return value, "", err
	case elemWeekDay:
		_, value, err = lookupShort(dayNameList, dayNameEnd[:], value)
		return value, "", err
	case elemLongWeekDay:
		_, value, err = lookupName(dayNameList, dayNameEnd[:], value)
		return value, "", err
	case elemDay, elemUnderDay, elemZeroDay:
		if elem == elemUnderDay && value != "" && value[0] == ' ' {
			value = value[1:]
		}
		p.day, value, err = getnum(value, elem == elemZeroDay)
		return value, "", err
	case elemUnderYearDay, elemZeroYearDay:
		for i := 0; i < 2; i++ {
			if elem == elemUnderYearDay && value != "" && value[0] == ' ' {
				value = value[1:]
			}
		}
		p.yday, value, err = getnum3(value, elem == elemZeroYearDay)
		return value, "", err
	case elemHour:
		p.hour, value, err = getnum(value, false)
		if p.hour < 0 || p.hour >= 24 {
			return value, "hour", nil
		}
		return value, "", err
	case elemHour12, elemZeroHour12:
		p.hour, value, err = getnum(value, elem == elemZeroHour12)
		if p.hour < 0 || p.hour > 12 {
			return value, "hour", nil
		}
		return value, "", err
	case elemMinute, elemZeroMinute:
		p.min, value, err = getnum(value, elem == elemZeroMinute)
		if p.min < 0 || p.min >= 60 {
			return value, "minute", nil
		}
		return value, "", err
	case elemSecond, elemZeroSecond:
		return p.parseSecond(elem, value, layout)
	case elemPM, elempm:
		if len(value) < 2 {
			return value, "", errBad
		}
		pm, am := "PM", "AM"
		if elem == elempm {
			pm, am = "pm", "am"
		}
		switch value[:2] {
		case pm:
			p.pmSet = true
		case am:
			p.amSet = true
		default:
			err = errBad
		}
		return value[2:], "", err
	case elemTZ:
		if hasPrefix(value, "UTC") {
			p.z = UTC
			return value[3:], "", nil
		}
		n, ok := parseTimeZone(value)
		if !ok {
			return value, "", errBad
		}
		p.zoneName = value[:n]
		return value[n:], "", nil
	case elemFrac0:
		n := 1 + fracDigits(elem)
		if len(value) < n {
			return value, "", errBad
		}
		p.nsec, rangeErr, err = parseNanoseconds(value, n)
		return value[n:], rangeErr, err
	case elemFrac9:
		if len(value) < 2 || !commaOrPeriod(value[0]) || !isDigitAt(value, 1) {
			return value, "", nil // the fraction is optional
		}
		i := 0
		for i < 9 && isDigitAt(value, i+1) {
			i++
		}
		p.nsec, rangeErr, err = parseNanoseconds(value, 1+i)
		return value[1+i:], rangeErr, err
	}
	return p.parseZoneOffset(elem, value)
}

// parseSecond reads seconds, and a fraction that follows them in value
// when the layout has none there.
func (p *parsed) parseSecond(elem int, value, layout string) (string, string, error) {
	var err error
	p.sec, value, err = getnum(value, elem == elemZeroSecond)
	// As in Go 1.19, a fraction after the seconds is read even when the
	// seconds were not there, and its success hides that failure.
	if p.sec < 0 || p.sec >= 60 {
		return value, "second", nil
	}
	if len(value) >= 2 && commaOrPeriod(value[0]) && isDigitAt(value, 1) {
		_, next, _ := nextElem(layout)
		next &= elemMask
		if next == elemFrac0 || next == elemFrac9 {
			return value, "", err
		}
		n := 2
		for isDigitAt(value, n) {
			n++
		}
		var rangeErr string
		p.nsec, rangeErr, err = parseNanoseconds(value, n)
		return value[n:], rangeErr, err
	}
	return value, "", err
}

// parseZoneOffset reads a numeric zone (or Z for the ISO 8601 forms).
func (p *parsed) parseZoneOffset(elem int, value string) (string, string, error) {
	if (elem == elemISOTZ || elem == elemISOShortTZ || elem == elemISOColonTZ) && value != "" && value[0] == 'Z' {
		p.z = UTC
		return value[1:], "", nil
	}
	var sign, hour, min, sec string
	switch elem {
	case elemISOColonTZ, elemNumColonTZ:
		if len(value) < 6 || value[3] != ':' {
			return value, "", errBad
		}
		sign, hour, min, sec, value = value[:1], value[1:3], value[4:6], "00", value[6:]
	case elemNumShortTZ, elemISOShortTZ:
		if len(value) < 3 {
			return value, "", errBad
		}
		sign, hour, min, sec, value = value[:1], value[1:3], "00", "00", value[3:]
	case elemISOColonSecs, elemNumColonSecs:
		if len(value) < 9 || value[3] != ':' || value[6] != ':' {
			return value, "", errBad
		}
		sign, hour, min, sec, value = value[:1], value[1:3], value[4:6], value[7:9], value[9:]
	case elemISOSecondsTZ, elemNumSecondsTZ:
		if len(value) < 7 {
			return value, "", errBad
		}
		sign, hour, min, sec, value = value[:1], value[1:3], value[3:5], value[5:7], value[7:]
	default:
		if len(value) < 5 {
			return value, "", errBad
		}
		sign, hour, min, sec, value = value[:1], value[1:3], value[3:5], "00", value[5:]
	}
	// Go 1.19 reads the fields with a signed atoi: "+-4" is -4 hours.
	hr, err := atoi(hour)
	var mm, ss int
	if err == nil {
		mm, err = atoi(min)
	}
	if err == nil {
		ss, err = atoi(sec)
	}
	p.zoneOffset = (hr*60+mm)*60 + ss
	switch sign[0] {
	case '+':
	case '-':
		p.zoneOffset = -p.zoneOffset
	default:
		err = errBad
	}
	return value, "", err
}

// finish validates the fields and builds the Time.
func (p *parsed) finish(alayout, avalue, value string, defaultLoc, local *Location) (Time, error) {
	if p.pmSet && p.hour < 12 {
		p.hour += 12
	} else if p.amSet && p.hour == 12 {
		p.hour = 0
	}
	if p.yday >= 0 {
		d, m := 0, 0
		yday := p.yday
		if isLeap(p.year) {
			if yday == 31+29 {
				m, d = int(February), 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year out of range"}
		}
		if m == 0 {
			m = (yday-1)/31 + 1
			if daysBefore[m] < yday {
				m++
			}
			d = yday - daysBefore[m-1]
		}
		if p.month >= 0 && p.month != m {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match month"}
		}
		p.month = m
		if p.day >= 0 && p.day != d {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match day"}
		}
		p.day = d
	} else {
		if p.month < 0 {
			p.month = int(January)
		}
		if p.day < 0 {
			p.day = 1
		}
	}
	if p.day < 1 || p.day > daysIn(Month(p.month), p.year) {
		return Time{}, &ParseError{alayout, avalue, "", value, ": day out of range"}
	}
	if p.z != nil {
		return Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, p.z), nil
	}
	if p.zoneOffset != -1 {
		t := Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, UTC)
		t.addSec(-int64(p.zoneOffset))
		name, offset, _, _, _ := local.lookup(t.unixSec())
		if offset == p.zoneOffset && (p.zoneName == "" || name == p.zoneName) {
			t.setLoc(local)
			return t, nil
		}
		t.setLoc(FixedZone(p.zoneName, p.zoneOffset))
		return t, nil
	}
	if p.zoneName != "" {
		t := Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, UTC)
		offset, ok := local.lookupName(p.zoneName, t.unixSec())
		if ok {
			t.addSec(-int64(offset))
			t.setLoc(local)
			return t, nil
		}
		if len(p.zoneName) > 3 && p.zoneName[:3] == "GMT" {
			offset, _ = atoi(p.zoneName[3:])
			offset *= 3600
		}
		t.setLoc(FixedZone(p.zoneName, offset))
		return t, nil
	}
	return Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, defaultLoc), nil
}

// ---- ParseDuration ----

// unitOf returns the length of a duration unit in nanoseconds.
func unitOf(u string) (uint64, bool) {
	switch u {
	case "ns":
		return uint64(Nanosecond), true
	case "us", "\u00b5s", "\u03bcs": // micro sign, Greek mu
		return uint64(Microsecond), true
	case "ms":
		return uint64(Millisecond), true
	case "s":
		return uint64(Second), true
	case "m":
		return uint64(Minute), true
	case "h":
		return uint64(Hour), true
	}
	return 0, false
}

// leadingFraction consumes the leading digits of a fraction: their value
// (digits past int64's precision are dropped) and its scale, 10^digits.
func leadingFraction(s string) (x uint64, scale float64, rem string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(s[i]-'0')
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

// ParseDuration parses a signed sequence of decimal numbers, each with an
// optional fraction and a unit ("300ms", "-1.5h", "2h45m"); units are ns,
// us (or µs), ms, s, m, h.
func ParseDuration(s string) (Duration, error) {
	orig := s
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	var d uint64
	for s != "" {
		if !(s[0] == '.' || s[0] >= '0' && s[0] <= '9') {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		n := len(s)
		v, rest, err := leadingInt(s)
		if err != nil {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		s = rest
		pre := n != len(s)
		var f uint64
		scale := 1.0
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			n := len(s)
			f, scale, s = leadingFraction(s)
			post = n != len(s)
		}
		if !pre && !post {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		i := 0
		for i < len(s) && s[i] != '.' && !(s[i] >= '0' && s[i] <= '9') {
			i++
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit, ok := unitOf(u)
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > 1<<63/unit {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, errors.New("time: invalid duration " + quote(orig))
			}
		}
		d += v
		if d > 1<<63 {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	return Duration(d), nil
}
