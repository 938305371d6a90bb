// Package time: durations, instants read from the wall and monotonic
// clocks, Sleep, and timers and tickers on the scheduler's timer heaps
// (stdlib/time/time.c). Calendar arithmetic and formatting of dates are
// not implemented.
package time

func nanotime() int64
func now() (wall int64, mono int64)
func sleep(ns int64)
func startTimer(when, period int64, c chan Time, f func()) uintptr
func stopTimer(h uintptr) bool
func resetTimer(h uintptr, when, period int64) bool

// A Duration is an elapsed time in nanoseconds.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// String formats d as Go does: "72h3m0.5s", "1.5s", "100ms", "2µs",
// "10ns", "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	var s string
	if u < uint64(Second) {
		switch {
		case u < uint64(Microsecond):
			s = utoa(u) + "ns"
		case u < uint64(Millisecond):
			s = fraction(u, 3) + "µs"
		default:
			s = fraction(u, 6) + "ms"
		}
	} else {
		whole := u / uint64(Second)
		frac := fraction(u%uint64(Minute), 9)
		s = frac + "s"
		if whole >= 60 {
			s = utoa(whole/60%60) + "m" + s
		}
		if whole >= 3600 {
			s = utoa(whole/3600) + "h" + s
		}
	}
	if neg {
		return "-" + s
	}
	return s
}

func utoa(v uint64) string {
	if v == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for v > 0 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	return string(buf[i:])
}

// fraction formats v / 10^prec with the fraction's trailing zeros (and a
// bare point) dropped.
func fraction(v uint64, prec int) string {
	var pow uint64 = 1
	for i := 0; i < prec; i++ {
		pow *= 10
	}
	s := utoa(v / pow)
	f := v % pow
	if f == 0 {
		return s
	}
	digits := make([]byte, prec)
	for i := prec - 1; i >= 0; i-- {
		digits[i] = byte('0' + f%10)
		f /= 10
	}
	n := prec
	for n > 0 && digits[n-1] == '0' {
		n--
	}
	return s + "." + string(digits[:n])
}

func (d Duration) Nanoseconds() int64 { return int64(d) }

func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate rounds d toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round rounds d to the nearest multiple of m, halfway away from zero.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns |d| (maxDuration for minDuration).
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// A Time is an instant: Unix nanoseconds on the wall clock and, for
// times read by Now, a monotonic clock reading that Sub prefers.
type Time struct {
	wall int64
	mono int64
}

// Now returns the current time.
func Now() Time {
	w, m := now()
	return Time{w, m}
}

// Unix returns the Time of sec seconds and nsec nanoseconds since
// January 1, 1970 UTC.
func Unix(sec int64, nsec int64) Time {
	return Time{sec*1e9 + nsec, 0}
}

// UnixMilli returns the Time of msec milliseconds since the epoch.
func UnixMilli(msec int64) Time { return Time{msec * 1e6, 0} }

// UnixMicro returns the Time of usec microseconds since the epoch.
func UnixMicro(usec int64) Time { return Time{usec * 1e3, 0} }

// Sub returns t-u.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	return Duration(t.wall - u.wall)
}

// Add returns t+d.
func (t Time) Add(d Duration) Time {
	t.wall += int64(d)
	if t.mono != 0 {
		t.mono += int64(d)
	}
	return t
}

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func (t Time) Unix() int64      { return floorDiv(t.wall, 1e9) }
func (t Time) UnixMilli() int64 { return floorDiv(t.wall, 1e6) }
func (t Time) UnixMicro() int64 { return floorDiv(t.wall, 1e3) }
func (t Time) UnixNano() int64  { return t.wall }

// Nanosecond returns the nanosecond offset within the second.
func (t Time) Nanosecond() int {
	return int(t.wall - floorDiv(t.wall, 1e9)*1e9)
}

func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.wall < u.wall
}

func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.wall > u.wall
}

func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.wall == u.wall
}

func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return 1
	}
	return 0
}

func (t Time) IsZero() bool { return t.wall == 0 && t.mono == 0 }

// Round(0) strips the monotonic reading (as Go).
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d > 0 {
		t.wall = int64(Duration(t.wall).Round(d))
	}
	return t
}

// Truncate(0) strips the monotonic reading (as Go).
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d > 0 {
		t.wall = int64(Duration(t.wall).Truncate(d))
	}
	return t
}

// Sleep pauses the current goroutine for at least d.
func Sleep(d Duration) {
	if d > 0 {
		sleep(int64(d))
	}
}

func when(d Duration) int64 {
	t := nanotime()
	if d <= 0 {
		return t
	}
	w := t + int64(d)
	if w < t {
		w = 1<<63 - 1
	}
	return w
}

// A Timer sends the current time on C once, after its duration (or runs
// AfterFunc's function in its own goroutine).
type Timer struct {
	C <-chan Time
	h uintptr
}

// NewTimer creates a Timer that sends the time on its channel after d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.h = startTimer(when(d), 0, c, nil)
	return t
}

// Stop prevents the Timer from firing; false if it already fired or was
// stopped.
func (t *Timer) Stop() bool {
	if t.h == 0 {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.h)
}

// Reset makes the Timer fire after d; true if it had been active.
func (t *Timer) Reset(d Duration) bool {
	if t.h == 0 {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.h, when(d), 0)
}

// After waits for d and then sends the current time on the channel.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc calls f in its own goroutine after d.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.h = startTimer(when(d), 0, nil, f)
	return t
}

// A Ticker sends the time on C every period (dropping ticks for slow
// receivers).
type Ticker struct {
	C <-chan Time
	h uintptr
}

// NewTicker returns a Ticker that ticks every d.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.h = startTimer(when(d), int64(d), c, nil)
	return t
}

// Stop turns off the ticker.
func (t *Ticker) Stop() {
	if t.h != 0 {
		stopTimer(t.h)
	}
}

// Reset stops the ticker and restarts it with period d.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.h == 0 {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.h, when(d), int64(d))
}

// Tick is NewTicker(d).C, or nil for d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

// ---- calendar (UTC only: every Location is UTC) ----

// A Month specifies a month of the year (January = 1).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = []string{"January", "February", "March", "April", "May",
	"June", "July", "August", "September", "October", "November", "December"}

func (m Month) String() string {
	if m >= January && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + itoa(int64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday",
	"Thursday", "Friday", "Saturday"}

func (d Weekday) String() string {
	if d >= Sunday && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + itoa(int64(d)) + ")"
}

// A Location names a time zone; golem knows only UTC (Local is UTC).
type Location struct {
	name string
}

var utcLoc = Location{"UTC"}

var UTC *Location = &utcLoc
var Local *Location = &utcLoc

func (l *Location) String() string { return l.name }

func (t Time) UTC() Time             { return t }
func (t Time) Local() Time           { return t }
func (t Time) In(loc *Location) Time { return t }
func (t Time) Location() *Location   { return UTC }

func itoa(v int64) string {
	if v < 0 {
		return "-" + utoa(uint64(-v))
	}
	return utoa(uint64(v))
}

// civil converts days since 1970-01-01 to a proleptic Gregorian date
// (the days-from-civil inverse, eras of 400 years).
func civil(days int64) (year int, month Month, day int) {
	z := days + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

// daysFromCivil is civil's inverse.
func daysFromCivil(y int64, m int64, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mm := m + 9
	if m > 2 {
		mm = m - 3
	}
	doy := (153*mm+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func (t Time) days() int64 { return floorDiv(t.wall, 86400*1e9) }

func (t Time) secOfDay() int64 { return floorDiv(t.wall, 1e9) - t.days()*86400 }

// Date returns the year, month and day of t.
func (t Time) Date() (year int, month Month, day int) { return civil(t.days()) }

// Clock returns the hour, minute and second of t.
func (t Time) Clock() (hour, min, sec int) {
	s := t.secOfDay()
	return int(s / 3600), int(s % 3600 / 60), int(s % 60)
}

func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

func (t Time) Hour() int   { return int(t.secOfDay() / 3600) }
func (t Time) Minute() int { return int(t.secOfDay() % 3600 / 60) }
func (t Time) Second() int { return int(t.secOfDay() % 60) }

func (t Time) Weekday() Weekday {
	return Weekday((t.days()%7 + 11) % 7) // 1970-01-01 was a Thursday
}

func (t Time) YearDay() int {
	y, _, _ := t.Date()
	return int(t.days()-daysFromCivil(int64(y), 1, 1)) + 1
}

// Date returns the Time of the given calendar fields in UTC; out-of-range
// fields are normalised (October 32 is November 1).
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	m := int64(month) - 1
	y := int64(year) + floorDiv(m, 12)
	m = m - floorDiv(m, 12)*12 + 1
	days := daysFromCivil(y, m, 1) + int64(day) - 1
	s := days*86400 + int64(hour)*3600 + int64(min)*60 + int64(sec)
	return Time{s*1e9 + int64(nsec), 0}
}

// AddDate adds years, months and days to t's calendar fields.
func (t Time) AddDate(years, months, days int) Time {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	return Date(y+years, m+Month(months), d+days, h, mi, s, t.Nanosecond(), UTC)
}

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

func pad(v int, width int) string {
	s := itoa(int64(v))
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// fracDigits formats the nanoseconds with n digits; trim drops trailing
// zeros (the .999 form), and a fraction that becomes empty drops the dot.
func fracDigits(sep string, ns int, n int, trim bool) string {
	digits := pad(ns, 9)[:n]
	if trim {
		for len(digits) > 0 && digits[len(digits)-1] == '0' {
			digits = digits[:len(digits)-1]
		}
		if digits == "" {
			return ""
		}
	}
	return sep + digits
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// Format writes t as layout shows the reference time
// Mon Jan 2 15:04:05 MST 2006 (UTC: zones print as UTC, +0000, Z).
func (t Time) Format(layout string) string {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	ns := t.Nanosecond()
	out := ""
	for i := 0; i < len(layout); {
		rest := layout[i:]
		var tok, val string
		switch {
		case hasPrefix(rest, "2006"):
			tok, val = "2006", pad(y, 4)
		case hasPrefix(rest, "January"):
			tok, val = "January", mo.String()
		case hasPrefix(rest, "Jan"):
			tok, val = "Jan", mo.String()[:3]
		case hasPrefix(rest, "Monday"):
			tok, val = "Monday", t.Weekday().String()
		case hasPrefix(rest, "Mon"):
			tok, val = "Mon", t.Weekday().String()[:3]
		case hasPrefix(rest, "MST"):
			tok, val = "MST", "UTC"
		case hasPrefix(rest, "01"):
			tok, val = "01", pad(int(mo), 2)
		case hasPrefix(rest, "02"):
			tok, val = "02", pad(d, 2)
		case hasPrefix(rest, "03"):
			tok, val = "03", pad((h+11)%12+1, 2)
		case hasPrefix(rest, "04"):
			tok, val = "04", pad(mi, 2)
		case hasPrefix(rest, "05"):
			tok, val = "05", pad(s, 2)
		case hasPrefix(rest, "06"):
			tok, val = "06", pad(y%100, 2)
		case hasPrefix(rest, "002"):
			tok, val = "002", pad(t.YearDay(), 3)
		case hasPrefix(rest, "_2"):
			tok, val = "_2", pad(d, 1)
			if d < 10 {
				val = " " + val
			}
		case hasPrefix(rest, "15"):
			tok, val = "15", pad(h, 2)
		case hasPrefix(rest, "-07:00"):
			tok, val = "-07:00", "+00:00"
		case hasPrefix(rest, "-0700"):
			tok, val = "-0700", "+0000"
		case hasPrefix(rest, "-07"):
			tok, val = "-07", "+00"
		case hasPrefix(rest, "Z07:00"):
			tok, val = "Z07:00", "Z"
		case hasPrefix(rest, "Z0700"):
			tok, val = "Z0700", "Z"
		case hasPrefix(rest, "PM"):
			tok, val = "PM", "AM"
			if h >= 12 {
				val = "PM"
			}
		case hasPrefix(rest, "pm"):
			tok, val = "pm", "am"
			if h >= 12 {
				val = "pm"
			}
		case (hasPrefix(rest, ".0") || hasPrefix(rest, ".9") ||
			hasPrefix(rest, ",0") || hasPrefix(rest, ",9")):
			n := 1
			for n < len(rest) && rest[n] == rest[1] {
				n++
			}
			if n-1 > 9 || (n < len(rest) && rest[n] >= '0' && rest[n] <= '9') {
				tok, val = rest[:1], rest[:1]
			} else {
				tok, val = rest[:n], fracDigits(rest[:1], ns, n-1, rest[1] == '9')
			}
		case hasPrefix(rest, "1"):
			tok, val = "1", pad(int(mo), 1)
		case hasPrefix(rest, "2"):
			tok, val = "2", pad(d, 1)
		case hasPrefix(rest, "3"):
			tok, val = "3", pad((h+11)%12+1, 1)
		case hasPrefix(rest, "4"):
			tok, val = "4", pad(mi, 1)
		case hasPrefix(rest, "5"):
			tok, val = "5", pad(s, 1)
		default:
			tok, val = rest[:1], rest[:1]
		}
		out += val
		i += len(tok)
	}
	return out
}

// startMono is the monotonic clock when the program started: String
// prints monotonic readings relative to it, as Go does.
var startMono = nanotime()

// String formats t as "2006-01-02 15:04:05.999999999 -0700 MST", plus
// the monotonic reading ("m=+0.001234567") for times from Now.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := t.mono - startMono
		sign := "+"
		if m < 0 {
			sign = "-"
			m = -m
		}
		s += " m=" + sign + itoa(m/1e9) + "." + pad(int(m%1e9), 9)
	}
	return s
}
