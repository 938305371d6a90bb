// Time zones: Location, its lookup of the zone in effect at an instant,
// the TZif reader, POSIX TZ rule strings, and the Local zone.
//
// A Location is a list of zones (name, offset east of UTC, DST flag) and
// a sorted list of transitions (Unix second at which a zone starts). The
// zone in effect at second s is the one of the last transition at or
// before s; before the first transition it is the zone Go's rules call
// the "first" zone (lookupFirstZone). After the last transition a TZif
// file of version 2 or later may carry a POSIX TZ string (the "extend"
// rule, e.g. "CET-1CEST,M3.5.0,M10.5.0/3") that gives the zone for every
// later year; tzRule evaluates it.
//
// An empty zone list means UTC. A Time whose loc is nil is in UTC.
//
// Local is a stable pointer to localLoc, which holds no data itself: the
// zone it stands for is loaded on first use (get) from $TZ or
// /etc/localtime and published through a single pointer store, so that
// goroutines racing to initialise it at worst load the same data twice.
// Loading lazily keeps programs that never look at local time from reading
// any file at start-up, and lets a program set TZ before its first use.
package time

import "errors"

func lookupEnv(key string) (string, bool)
func readFile(name string) (string, int) // contents, errno

// A Location maps time instants to the zone in use at that time.
type Location struct {
	name   string
	zone   []zone
	tx     []zoneTrans
	extend string // POSIX TZ rule for instants after the last transition
}

type zone struct {
	name   string
	offset int // seconds east of UTC
	isDST  bool
}

type zoneTrans struct {
	when  int64 // Unix seconds
	index int   // into Location.zone
}

const (
	alpha int64 = -1 << 63  // the start of time
	omega int64 = 1<<63 - 1 // the end of time
)

var utcLoc = Location{name: "UTC"}

// UTC represents Universal Coordinated Time.
var UTC *Location = &utcLoc

var localLoc Location

// localData is the loaded zone Local stands for (nil until first use).
var localData *Location

// Local represents the system's local time zone ($TZ, else /etc/localtime).
var Local *Location = &localLoc

// get returns the Location whose data describes l: UTC for nil, the loaded
// local zone for Local.
func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	if l == &localLoc {
		d := localData
		if d == nil {
			d = loadLocal()
			localData = d
		}
		return d
	}
	return l
}

// String returns the name of the zone: "UTC", "Local", "Europe/Paris".
func (l *Location) String() string { return l.get().name }

// FixedZone returns a Location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{
		name: name,
		zone: []zone{{name, offset, false}},
		tx:   []zoneTrans{{alpha, 0}},
	}
}

// lookup returns the zone in effect at Unix second sec, with the bounds
// [start, end) of the interval in which it stays in effect.
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	l = l.get()
	if len(l.zone) == 0 {
		return "UTC", 0, alpha, omega, false
	}
	tx := l.tx
	if len(tx) == 0 || sec < tx[0].when {
		z := &l.zone[l.lookupFirstZone()]
		end = omega
		if len(tx) > 0 {
			end = tx[0].when
		}
		return z.name, z.offset, alpha, end, z.isDST
	}
	lo, hi := 0, len(tx) // invariant: tx[lo].when <= sec < tx[hi].when
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if sec < tx[m].when {
			hi = m
		} else {
			lo = m
		}
	}
	z := &l.zone[tx[lo].index]
	start = tx[lo].when
	end = omega
	if lo+1 < len(tx) {
		end = tx[lo+1].when
	}
	if lo == len(tx)-1 && l.extend != "" {
		if n, o, s, e, d, ok := tzRule(l.extend, start, sec); ok {
			return n, o, s, e, d
		}
	}
	return z.name, z.offset, start, end, z.isDST
}

// lookupFirstZone picks the zone for instants before the first
// transition: the first zone if no transition uses it; else the nearest
// standard zone before the first transition's zone when that one is
// daylight time; else the first standard zone; else the first zone.
func (l *Location) lookupFirstZone() int {
	used := false
	for _, t := range l.tx {
		if t.index == 0 {
			used = true
			break
		}
	}
	if !used {
		return 0
	}
	if len(l.tx) > 0 && l.zone[l.tx[0].index].isDST {
		for i := l.tx[0].index - 1; i >= 0; i-- {
			if !l.zone[i].isDST {
				return i
			}
		}
	}
	for i := range l.zone {
		if !l.zone[i].isDST {
			return i
		}
	}
	return 0
}

// lookupName returns the offset of the zone named name that is in effect
// at Unix second unix, trying first the zones actually in effect near it
// (Parse's reading of a zone abbreviation).
func (l *Location) lookupName(name string, unix int64) (offset int, ok bool) {
	l = l.get()
	for i := range l.zone {
		z := &l.zone[i]
		if z.name == name {
			nam, off, _, _, _ := l.lookup(unix - int64(z.offset))
			if nam == z.name {
				return off, true
			}
		}
	}
	for i := range l.zone {
		if l.zone[i].name == name {
			return l.zone[i].offset, true
		}
	}
	return 0, false
}

// ---- POSIX TZ rule strings ----

// A tzDayRule names a day of the year: Julian day n (1..365, February 29
// never counted), zero-based day n (0..365), or the d'th weekday (Sunday
// = 0) of week w (1..5, 5 = last) of month m; plus a time of day in
// seconds (default 2:00:00).
type tzDayRule struct {
	kind int // 'J', 'D' or 'M'
	day  int
	week int
	mon  int
	time int
}

// tzRule evaluates the POSIX TZ string s at Unix second sec (which is at
// or after lastTx, the last transition of the table).
func tzRule(s string, lastTx, sec int64) (name string, offset int, start, end int64, isDST, ok bool) {
	stdName, s, ok1 := tzName(s)
	if !ok1 {
		return
	}
	stdOff, s, ok1 := tzOffset(s)
	if !ok1 {
		return
	}
	stdOff = -stdOff // POSIX offsets count west of UTC
	if s == "" || s[0] == ',' || s[0] == ';' {
		return stdName, stdOff, lastTx, omega, false, true
	}
	dstName, s, ok1 := tzName(s)
	if !ok1 {
		return
	}
	dstOff := stdOff + 3600
	if s != "" && s[0] != ',' && s[0] != ';' {
		dstOff, s, ok1 = tzOffset(s)
		if !ok1 {
			return
		}
		dstOff = -dstOff
	}
	if s == "" {
		s = ",M3.2.0,M11.1.0" // the rule of the United States
	}
	if s[0] != ',' && s[0] != ';' {
		return
	}
	startRule, s, ok1 := tzParseRule(s[1:])
	if !ok1 || s == "" || s[0] != ',' {
		return
	}
	endRule, s, ok1 := tzParseRule(s[1:])
	if !ok1 || s != "" {
		return
	}
	// As in Go, the rules are applied in sec's UTC year only, and an
	// interval that reaches into the next or previous year is clipped at
	// that year's start (or 365 days after it, even in leap years).
	days := floorDiv(sec, 86400)
	year, _, _ := civil(days)
	yearStart := daysFromCivil(int64(year), 1, 1) * 86400
	startSec := tzRuleTime(year, startRule, stdOff)
	endSec := tzRuleTime(year, endRule, dstOff)
	stdDST, dstDST := false, true
	if endSec < startSec { // southern hemisphere: DST spans the new year
		startSec, endSec = endSec, startSec
		stdName, dstName = dstName, stdName
		stdOff, dstOff = dstOff, stdOff
		stdDST, dstDST = dstDST, stdDST
	}
	switch {
	case sec < startSec:
		return stdName, stdOff, yearStart, startSec, stdDST, true
	case sec >= endSec:
		return stdName, stdOff, endSec, yearStart + 365*86400, stdDST, true
	}
	return dstName, dstOff, startSec, endSec, dstDST, true
}

// tzName reads a zone abbreviation: letters, or anything between < and >.
func tzName(s string) (string, string, bool) {
	if s != "" && s[0] == '<' {
		for i := 1; i < len(s); i++ {
			if s[i] == '>' {
				return s[1:i], s[i+1:], true
			}
		}
		return "", "", false
	}
	i := 0
	for i < len(s) && (s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 'a' && s[i] <= 'z') {
		i++
	}
	if i < 3 {
		return "", "", false
	}
	return s[:i], s[i:], true
}

// tzNum reads a decimal number of at most 3 digits.
func tzNum(s string) (int, string, bool) {
	n, i := 0, 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	return n, s[i:], i > 0
}

// tzOffset reads a zone offset [+-]hh[:mm[:ss]] as seconds.
func tzOffset(s string) (int, string, bool) {
	v, rest, ok := tzTime(s)
	if !ok || v > 24*3600 || v < -24*3600 {
		return 0, "", false
	}
	return v, rest, true
}

func tzOffsetValue(v int, neg bool) int {
	if neg {
		return -v
	}
	return v
}

// tzParseRule reads Jn, n or Mm.w.d, with an optional /time.
func tzParseRule(s string) (tzDayRule, string, bool) {
	var r tzDayRule
	var ok bool
	switch {
	case s != "" && s[0] == 'J':
		r.kind = 'J'
		r.day, s, ok = tzNum(s[1:])
		if !ok || r.day < 1 || r.day > 365 {
			return r, "", false
		}
	case s != "" && s[0] == 'M':
		r.kind = 'M'
		if r.mon, s, ok = tzNum(s[1:]); !ok || r.mon < 1 || r.mon > 12 || s == "" || s[0] != '.' {
			return r, "", false
		}
		if r.week, s, ok = tzNum(s[1:]); !ok || r.week < 1 || r.week > 5 || s == "" || s[0] != '.' {
			return r, "", false
		}
		if r.day, s, ok = tzNum(s[1:]); !ok || r.day > 6 {
			return r, "", false
		}
	default:
		r.kind = 'D'
		r.day, s, ok = tzNum(s)
		if !ok || r.day > 365 {
			return r, "", false
		}
	}
	r.time = 2 * 3600
	if s != "" && s[0] == '/' {
		t, rest, ok := tzTime(s[1:])
		if !ok {
			return r, "", false
		}
		r.time, s = t, rest
	}
	return r, s, true
}

// tzTime reads a rule's time of day: [+-]h[h][:mm[:ss]], hours up to 167.
func tzTime(s string) (int, string, bool) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	h, s, ok := tzNum(s)
	if !ok || h > 167 {
		return 0, "", false
	}
	v := h * 3600
	for unit := 60; unit >= 1 && s != "" && s[0] == ':'; unit /= 60 {
		var n int
		n, s, ok = tzNum(s[1:])
		if !ok || n > 59 {
			return 0, "", false
		}
		v += n * unit
		if unit == 1 {
			break
		}
	}
	return tzOffsetValue(v, neg), s, true
}

// tzRuleTime returns the Unix second at which rule r fires in year, for
// a rule written in the local time of a zone offset seconds east of UTC.
func tzRuleTime(year int, r tzDayRule, offset int) int64 {
	jan1 := daysFromCivil(int64(year), 1, 1)
	var day int64
	switch r.kind {
	case 'J':
		day = int64(r.day - 1)
		if isLeap(year) && r.day >= 60 {
			day++
		}
	case 'D':
		day = int64(r.day)
	default:
		first := daysFromCivil(int64(year), int64(r.mon), 1)
		wd := int((first%7 + 11) % 7) // weekday of the month's first day
		d := (r.day - wd + 7) % 7     // first such weekday, 0-based
		d += (r.week - 1) * 7
		if n := daysIn(Month(r.mon), year); d >= n {
			d -= 7
		}
		day = first - jan1 + int64(d)
	}
	return (jan1+day)*86400 + int64(r.time) - int64(offset)
}

// ---- TZif files ----

var errBadData = errors.New("malformed time zone information")

// tzReader reads big-endian fields from a TZif file.
type tzReader struct {
	s   string
	bad bool
}

func (r *tzReader) read(n int) string {
	if n < 0 || n > len(r.s) {
		r.bad = true
		r.s = ""
		return ""
	}
	p := r.s[:n]
	r.s = r.s[n:]
	return p
}

func (r *tzReader) big4() int64 {
	p := r.read(4)
	if len(p) < 4 {
		return 0
	}
	return int64(int32(uint32(p[0])<<24 | uint32(p[1])<<16 | uint32(p[2])<<8 | uint32(p[3])))
}

func (r *tzReader) big8() int64 {
	hi := r.big4()
	lo := r.big4()
	return hi<<32 | lo&0xffffffff
}

func (r *tzReader) byte1() int {
	p := r.read(1)
	if len(p) < 1 {
		return 0
	}
	return int(p[0])
}

// LoadLocationFromTZData returns a Location with the given name from the
// contents of a TZif file.
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	return loadTZif(name, string(data))
}

// loadTZif parses a TZif file: the 64-bit block when the version is 2 or
// later (after skipping the 32-bit one), then the footer's TZ string.
func loadTZif(name, data string) (*Location, error) {
	r := &tzReader{s: data}
	if r.read(4) != "TZif" {
		return nil, errBadData
	}
	version := r.byte1()
	if version != 0 && version != '2' && version != '3' && version != '4' {
		return nil, errBadData
	}
	r.read(15)
	var n [6]int // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
	for i := range n {
		n[i] = int(r.big4())
	}
	timeSize := 4
	if version != 0 {
		r.read(n[3]*5 + n[4]*6 + n[5] + n[2]*8 + n[1] + n[0])
		if r.read(4) != "TZif" {
			return nil, errBadData
		}
		r.read(16)
		for i := range n {
			n[i] = int(r.big4())
		}
		timeSize = 8
	}
	if r.bad || n[4] == 0 || n[3] < 0 || n[4] > 256 {
		return nil, errBadData
	}
	l := &Location{name: name}
	l.tx = make([]zoneTrans, n[3])
	for i := range l.tx {
		if timeSize == 8 {
			l.tx[i].when = r.big8()
		} else {
			l.tx[i].when = r.big4()
		}
	}
	for i := range l.tx {
		l.tx[i].index = r.byte1()
		if l.tx[i].index >= n[4] {
			return nil, errBadData
		}
	}
	type ttinfo struct {
		off   int
		dst   bool
		index int
	}
	infos := make([]ttinfo, n[4])
	for i := range infos {
		infos[i].off = int(r.big4())
		infos[i].dst = r.byte1() != 0
		infos[i].index = r.byte1()
	}
	chars := r.read(n[5])
	r.read(n[2]*(timeSize+4) + n[1] + n[0])
	if r.bad {
		return nil, errBadData
	}
	l.zone = make([]zone, n[4])
	for i, in := range infos {
		if in.index >= len(chars) {
			return nil, errBadData
		}
		end := in.index
		for end < len(chars) && chars[end] != 0 {
			end++
		}
		l.zone[i] = zone{chars[in.index:end], in.off, in.dst}
	}
	if version != 0 && len(r.s) > 2 && r.s[0] == '\n' {
		foot := r.s[1:]
		for i := 0; i < len(foot); i++ {
			if foot[i] == '\n' {
				l.extend = foot[:i]
				break
			}
		}
	}
	return l, nil
}

// ---- loading ----

var errLocation = errors.New("time: invalid location name")

// zoneSources are the folders searched for zone files, as Go does on Unix.
var zoneSources = []string{
	"/usr/share/zoneinfo/",
	"/usr/share/lib/zoneinfo/",
	"/usr/lib/locale/TZ/",
}

// LoadLocation returns the Location with the given name: "" and "UTC"
// give UTC, "Local" gives Local, any other name is an IANA zone read from
// $ZONEINFO or the system's zoneinfo folders.
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if containsDotDot(name) || name[0] == '/' || name[0] == '\\' {
		return nil, errLocation
	}
	if dir, ok := lookupEnv("ZONEINFO"); ok && dir != "" {
		if l, err := loadFrom(name, dir+"/"+name); err == nil {
			return l, nil
		}
	}
	return loadFromSources(name)
}

func loadFromSources(name string) (*Location, error) {
	var firstErr error
	for _, dir := range zoneSources {
		l, err := loadFrom(name, dir+name)
		if err == nil {
			return l, nil
		}
		if firstErr == nil && err != errNotFound {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, errors.New("unknown time zone " + name)
}

var errNotFound = errors.New("no such file or directory")

// loadFrom loads the zone file at path; errNotFound when there is none,
// else the reading error as Go's syscall.Errno prints it.
func loadFrom(name, path string) (*Location, error) {
	data, errno := readFile(path)
	switch errno {
	case 0:
		return loadTZif(name, data)
	case 2: // ENOENT
		return nil, errNotFound
	case 13:
		return nil, errors.New("permission denied")
	case 20:
		return nil, errors.New("not a directory")
	case 21:
		return nil, errors.New("is a directory")
	case 27:
		return nil, errors.New("file too large")
	}
	return nil, errors.New("input/output error")
}

func containsDotDot(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

// loadLocal loads the zone Local stands for: $TZ unset means
// /etc/localtime (named "Local"); TZ="" or "UTC" means UTC; TZ="name" or
// ":name" a zone file (an absolute path, or a name under the zoneinfo
// folders). Anything that cannot be loaded gives UTC.
func loadLocal() *Location {
	tz, ok := lookupEnv("TZ")
	switch {
	case !ok:
		if l, err := loadFrom("Local", "/etc/localtime"); err == nil {
			return l
		}
	case tz != "":
		if tz[0] == ':' {
			tz = tz[1:]
		}
		if tz != "" && tz[0] == '/' {
			name := tz
			if tz == "/etc/localtime" {
				name = "Local"
			}
			if l, err := loadFrom(name, tz); err == nil {
				return l
			}
		} else if tz != "" && tz != "UTC" {
			if l, err := loadFromSources(tz); err == nil {
				return l
			}
		}
	}
	return &Location{name: "UTC"}
}
