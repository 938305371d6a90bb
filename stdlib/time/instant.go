// Instants and the calendar: the Time type, its arithmetic, and the
// proleptic Gregorian calendar in a Location.
//
// A Time holds seconds since January 1, year 1, 00:00:00 UTC (so that the
// zero Time is that instant, as in Go), nanoseconds within the second
// (always in [0, 1e9)), an optional monotonic clock reading (non-zero only
// for Times from Now, dropped by anything that changes the zone or rounds)
// and its Location (nil meaning UTC). Comparisons use the monotonic
// readings when both sides have one, else the wall clock.
//
// Calendar fields are computed from local days since the Unix epoch
// (Unix seconds plus the zone's offset, divided by 86400 rounding down) by
// the era-based civil-from-days conversion: a 400-year era holds exactly
// 146097 days, and counting years from March 1 puts the leap day last.
package time

// A Time is an instant with nanosecond precision.
type Time struct {
	sec  int64     // seconds since January 1, year 1 00:00:00 UTC
	nsec int64     // [0, 999999999]
	mono int64     // monotonic clock reading (Now), 0 when absent
	loc  *Location // nil means UTC
}

// Seconds from January 1, year 1 to the Unix epoch.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

// startMono is the monotonic clock when the program started: String
// prints monotonic readings relative to it, as Go does.
var startMono = nanotime()

// Now returns the current local time.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec, nsec, mono, Local}
}

func unixTime(sec, nsec int64) Time {
	return Time{sec + unixToInternal, nsec, 0, Local}
}

// Unix returns the local Time of sec seconds and nsec nanoseconds since
// January 1, 1970 UTC; nsec may lie outside [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return unixTime(sec, nsec)
}

// UnixMilli returns the local Time of msec milliseconds since the epoch.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time of usec microseconds since the epoch.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

func (t Time) unixSec() int64 { return t.sec - unixToInternal }

func (t Time) Unix() int64      { return t.unixSec() }
func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + t.nsec/1e6 }
func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + t.nsec/1e3 }
func (t Time) UnixNano() int64  { return t.unixSec()*1e9 + t.nsec }

// Nanosecond returns the nanosecond offset within the second.
func (t Time) Nanosecond() int { return int(t.nsec) }

// addSec adds d seconds to t (saturating, as Go does).
func (t *Time) addSec(d int64) {
	s := t.sec + d
	if d > 0 && s < t.sec {
		s = omega
	} else if d < 0 && s > t.sec {
		s = alpha
	}
	t.sec = s
}

// Add returns t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.addSec(dsec)
	t.nsec = nsec
	if t.mono != 0 {
		m := t.mono + int64(d)
		if d < 0 && m > t.mono || d > 0 && m < t.mono {
			t.mono = 0
		} else {
			t.mono = m
		}
	}
	return t
}

// Sub returns t-u, saturating at the extreme Durations.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		d := Duration(t.mono - u.mono)
		if d < 0 && t.mono > u.mono {
			return maxDuration
		}
		if d > 0 && t.mono < u.mono {
			return minDuration
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
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

func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Equal reports whether t and u are the same instant, whatever their
// Locations.
func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
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

// IsZero reports whether t is January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// ---- zones ----

// setLoc moves t to loc, dropping the monotonic reading.
func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.mono = 0
	t.loc = loc
}

func (t Time) UTC() Time {
	t.setLoc(nil)
	return t
}

func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns t in loc; it panics when loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Location returns t's Location (UTC for times in UTC).
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone returns the abbreviated name and offset of the zone in effect at t.
func (t Time) Zone() (name string, offset int) {
	name, offset, _, _, _ = t.loc.lookup(t.unixSec())
	return
}

// ZoneBounds returns the interval in which t's zone stays in effect; a
// zero Time stands for an unbounded side.
func (t Time) ZoneBounds() (start, end Time) {
	_, _, s, e, _ := t.loc.lookup(t.unixSec())
	if s != alpha {
		start = unixTime(s, 0)
		start.setLoc(t.loc)
	}
	if e != omega {
		end = unixTime(e, 0)
		end.setLoc(t.loc)
	}
	return
}

// IsDST reports whether t's zone is in daylight saving time.
func (t Time) IsDST() bool {
	_, _, _, _, dst := t.loc.lookup(t.unixSec())
	return dst
}

// localSec returns t's seconds since the Unix epoch in its zone's local
// time, with the zone's name and offset.
func (t Time) localSec() (name string, offset int, sec int64) {
	l := t.loc
	if l == nil || l == &utcLoc {
		return "UTC", 0, t.unixSec()
	}
	name, offset, _, _, _ = l.lookup(t.unixSec())
	return name, offset, t.unixSec() + int64(offset)
}

// ---- calendar ----

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

const monthNameList = "JanuaryFebruaryMarchAprilMayJuneJulyAugustSeptemberOctoberNovemberDecember"

// monthNameEnd[i] is where month i+1's name ends in monthNameList.
var monthNameEnd = [13]int{0, 7, 15, 20, 25, 28, 32, 36, 42, 51, 58, 66, 74}

func (m Month) String() string {
	if m >= January && m <= December {
		return monthNameList[monthNameEnd[m-1]:monthNameEnd[m]]
	}
	return "%!Month(" + utoa(uint64(m)) + ")"
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

const dayNameList = "SundayMondayTuesdayWednesdayThursdayFridaySaturday"

var dayNameEnd = [8]int{0, 6, 12, 19, 28, 36, 42, 50}

func (d Weekday) String() string {
	if d >= Sunday && d <= Saturday {
		return dayNameList[dayNameEnd[d]:dayNameEnd[d+1]]
	}
	return "%!Weekday(" + utoa(uint64(d)) + ")"
}

func itoa(v int64) string {
	if v < 0 {
		return "-" + utoa(uint64(-v))
	}
	return utoa(uint64(v))
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysBefore[m] counts the days before month m+1 in a non-leap year.
var daysBefore = [13]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return daysBefore[m] - daysBefore[m-1]
}

// civil converts days since 1970-01-01 to a proleptic Gregorian date.
func civil(days int64) (year int, month Month, day int) {
	year, month, day, _ = civilDate(days)
	return
}

// civilDate is civil plus the day of the year (1-based). Years are
// counted from March 1, so that the leap day ends them.
func civilDate(days int64) (year int, month Month, day int, yday int) {
	z := days + 719468 // days since 0000-03-01
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097                                  // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	y := int(yoe + era*400)
	doy := int(doe - (365*yoe + yoe/4 - yoe/100)) // [0, 365], from March 1
	mp := (5*doy + 2) / 153                       // [0, 11], March = 0
	day = doy - (153*mp+2)/5 + 1
	if mp >= 10 { // January, February: next civil year
		return y + 1, Month(mp - 9), day, doy - 305
	}
	yday = doy + 60
	if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		yday++
	}
	return y, Month(mp + 3), day, yday
}

// daysFromCivil is civil's inverse (m in [1, 12], any d).
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

// localDays returns t's local days since the epoch and second of the day.
func (t Time) localDays() (days int64, secOfDay int64) {
	_, _, s := t.localSec()
	days = floorDiv(s, 86400)
	return days, s - days*86400
}

// Date returns the year, month and day of t in its zone.
func (t Time) Date() (year int, month Month, day int) {
	d, _ := t.localDays()
	return civil(d)
}

// Clock returns the hour, minute and second of t in its zone.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.localDays()
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

func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

func weekdayOf(days int64) Weekday {
	return Weekday((days%7 + 11) % 7) // 1970-01-01 was a Thursday
}

func (t Time) Weekday() Weekday {
	d, _ := t.localDays()
	return weekdayOf(d)
}

func yearDayOf(days int64) int {
	_, _, _, yday := civilDate(days)
	return yday
}

// YearDay returns the day of the year, 1 to 365 (366 in leap years).
func (t Time) YearDay() int {
	d, _ := t.localDays()
	return yearDayOf(d)
}

// ISOWeek returns the ISO 8601 year and week of t: weeks start on Monday
// and week 1 holds the year's first Thursday.
func (t Time) ISOWeek() (year, week int) {
	d, _ := t.localDays()
	wd := int(weekdayOf(d)+6) % 7 // Monday = 0
	thursday := d - int64(wd) + 3 // the Thursday of d's week
	year, _, _ = civil(thursday)
	return year, (yearDayOf(thursday)-1)/7 + 1
}

// norm moves lo into [0, base) by carrying into hi.
func norm(hi, lo, base int) (int, int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time of the given local clock reading in loc;
// out-of-range fields are normalised (October 32 is November 1). For a
// reading that a zone transition skips or repeats, the offset in effect
// just before the transition is used, as in Go.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysFromCivil(int64(year), int64(m+1), 1) + int64(day) - 1
	unix := days*86400 + int64(hour)*3600 + int64(min)*60 + int64(sec)
	_, offset, start, end, _ := loc.lookup(unix)
	if offset != 0 {
		utc := unix - int64(offset)
		if utc < start || utc >= end {
			_, offset, _, _, _ = loc.lookup(utc)
		}
		unix -= int64(offset)
	}
	t := unixTime(unix, int64(nsec))
	t.setLoc(loc)
	return t
}

// AddDate adds years, months and days to t's calendar fields, normalising
// as Date does.
func (t Time) AddDate(years, months, days int) Time {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	return Date(y+years, m+Month(months), d+days, h, mi, s, int(t.nsec), t.Location())
}

// ---- rounding ----

// remainder returns (t - zero Time) mod d for d > 0, and whether t is
// before the zero Time (then the remainder is of |t|, as in Go).
func remainder(t Time, d Duration) (neg bool, r Duration) {
	sec, nsec := t.sec, t.nsec
	if sec < 0 {
		neg = true
		sec = -sec
		nsec = -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	switch {
	case d < Second && Second%(d+d) == 0:
		return neg, Duration(nsec % int64(d))
	case d%Second == 0:
		d1 := int64(d / Second)
		return neg, Duration(sec%d1)*Second + Duration(nsec)
	}
	// (sec*1e9 + nsec) mod d by modular multiplication.
	r = Duration(addMod(mulMod(uint64(sec), 1e9, uint64(d)), uint64(nsec)%uint64(d), uint64(d)))
	return neg, r
}

// floorRemainder is remainder rounded toward the past, in [0, d).
func floorRemainder(t Time, d Duration) Duration {
	neg, r := remainder(t, d)
	if neg && r != 0 {
		r = d - r
	}
	return r
}

func addMod(a, b, m uint64) uint64 {
	if a >= m-b {
		return a - (m - b)
	}
	return a + b
}

// mulMod returns a*b mod m (m < 2^63) by doubling.
func mulMod(a, b, m uint64) uint64 {
	a %= m
	var r uint64
	for b > 0 {
		if b&1 != 0 {
			r = addMod(r, a, m)
		}
		a = addMod(a, a, m)
		b >>= 1
	}
	return r
}

// Truncate rounds t down to a multiple of d since the zero Time; it drops
// the monotonic reading. Truncate(0) does only that.
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-floorRemainder(t, d))
}

// Round rounds t to the nearest multiple of d since the zero Time, halves
// up; it drops the monotonic reading. Round(0) does only that.
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := floorRemainder(t, d)
	if uint64(r)+uint64(r) < uint64(d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}
