// Package time: durations, Sleep, and timers and tickers on the
// scheduler's timer heaps (stdlib/time/time.c). Instants and the calendar
// are in instant.go, zones in zoneinfo.go, layouts in format.go.
//
// A timer's channel receives a Time written by the C side (timer_fire in
// time.c): the four slots of the Time struct (sec, nsec, mono, loc), with
// loc the Location passed to startTimer (Local, as Go's timers send).
package time

func nanotime() int64
func now() (sec, nsec, mono int64) // sec counts from year 1, as Time.sec
func sleep(ns int64)
func startTimer(when, period int64, c chan Time, f func(), loc *Location) uintptr
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
	t.h = startTimer(when(d), 0, c, nil, Local)
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
	t.h = startTimer(when(d), 0, nil, f, nil)
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
	t.h = startTimer(when(d), int64(d), c, nil, Local)
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
