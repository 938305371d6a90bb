package main

import (
	"fmt"
	"time"
)

func show(t time.Time) {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	iy, iw := t.ISOWeek()
	fmt.Println(t.Format("2006-01-02 15:04:05.999999999 -0700"), y, m, d, h, mi, s,
		t.Nanosecond(), t.Weekday(), t.YearDay(), iy, iw)
}

func main() {
	// Normalisation of out-of-range fields.
	show(time.Date(2023, 10, 32, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, 13, 1, 25, 61, 61, 1e9+5, time.UTC))
	show(time.Date(2023, 0, 0, -1, -1, -1, -1, time.UTC))
	show(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, 2, 29, 0, 0, 0, 0, time.UTC))
	show(time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(2000, 12, 31, 23, 59, 59, 999999999, time.UTC))
	show(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(1969, 12, 31, 23, 59, 59, 0, time.UTC))
	show(time.Date(1600, 2, 29, 0, 0, 0, 0, time.UTC))
	// ISO weeks around new year.
	for _, d := range []int{2004, 2005, 2008, 2009, 2010, 2020, 2021, 2026} {
		for i, day := range []int{-2, -1, 0, 1, 2, 3, 4} {
			t := time.Date(d, 1, day, 12, 0, 0, 0, time.UTC)
			y, w := t.ISOWeek()
			if i > 0 {
				fmt.Print("; ")
			}
			fmt.Print(t.Format("2006-01-02 Mon"), " ", y, "-W", w)
		}
		fmt.Println()
	}
	// Months and weekdays.
	for m := time.Month(0); m <= 13; m++ {
		fmt.Print(m, "|")
	}
	fmt.Println()
	for d := time.Weekday(-1); d <= 7; d++ {
		fmt.Print(d.String(), "|")
	}
	fmt.Println()
	fmt.Printf("%v %d %s\n", time.March, time.March, time.Saturday)

	// AddDate and Add.
	base := time.Date(2023, 1, 31, 10, 0, 0, 0, time.UTC)
	fmt.Println(base.AddDate(0, 1, 0))
	fmt.Println(base.AddDate(1, -13, 1))
	fmt.Println(base.AddDate(0, 0, 365))
	fmt.Println(base.Add(36*time.Hour + 90*time.Second + 7))
	fmt.Println(base.Add(-time.Nanosecond))
	fmt.Println(base.Add(-24 * time.Hour * 365 * 50))

	// Sub, comparisons, Unix conversions.
	a := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2000, 3, 1, 12, 30, 0, 250, time.UTC)
	fmt.Println(b.Sub(a), a.Sub(b), a.Before(b), a.After(b), a.Equal(b))
	fmt.Println(time.Time{}.Sub(b), b.Sub(time.Time{}))
	tokyo := time.FixedZone("JST", 9*3600)
	bt := b.In(tokyo)
	fmt.Println(bt, bt.Equal(b), bt == b, bt.Location(), b.Location())
	fmt.Println(b.Unix(), b.UnixMilli(), b.UnixMicro(), b.UnixNano())
	u := time.Unix(1234567890, 0).UTC()
	fmt.Println(u, u.Unix())
	fmt.Println(time.Unix(-1, 0).UTC(), time.Unix(0, -1).UTC(), time.Unix(5, 3e9+7).UTC())
	fmt.Println(time.UnixMilli(-1500).UTC(), time.UnixMicro(1700000000123456).UTC())
	fmt.Println(time.Unix(-1, 0).UTC().Unix(), time.Unix(0, -1).UnixNano(), time.UnixMilli(-1500).UnixMilli())
	fmt.Println(time.Time{}.IsZero(), a.IsZero(), time.Time{}.Unix(), time.Time{}.Year())
	z := time.Unix(0, 0).UTC()
	fmt.Println(z, z.Weekday())

	// Truncate and Round (multiples since the zero Time).
	r := time.Date(2012, 12, 7, 12, 15, 30, 918273645, time.UTC)
	for _, d := range []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond,
		time.Second, 2 * time.Second, time.Minute, 10 * time.Minute, time.Hour,
		24 * time.Hour, 7 * 24 * time.Hour, 1234567 * time.Nanosecond, 0, -time.Second} {
		fmt.Println(d, r.Truncate(d).Format(time.RFC3339Nano), r.Round(d).Format(time.RFC3339Nano))
	}
	fmt.Println(a.Before(b))

	// Zone of fixed zones.
	n, off := bt.Zone()
	fmt.Println(n, off, bt.IsDST(), bt.UTC(), bt.Local().Location())
	s, e := bt.ZoneBounds()
	fmt.Println(s.IsZero(), e.IsZero())
	fmt.Println(time.FixedZone("", 0), time.FixedZone("ABC", -3600), time.UTC, time.Local)
	fmt.Println(time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("", 0)))
}

// Output:
// 2023-11-01 00:00:00 +0000 2023 November 1 0 0 0 0 Wednesday 305 2023 44
// 2024-01-02 02:02:02.000000005 +0000 2024 January 2 2 2 2 5 Tuesday 2 2024 1
// 2022-11-29 22:58:58.999999999 +0000 2022 November 29 22 58 58 999999999 Tuesday 333 2022 48
// 2024-02-29 00:00:00 +0000 2024 February 29 0 0 0 0 Thursday 60 2024 9
// 2023-03-01 00:00:00 +0000 2023 March 1 0 0 0 0 Wednesday 60 2023 9
// 1900-03-01 00:00:00 +0000 1900 March 1 0 0 0 0 Thursday 60 1900 9
// 2000-12-31 23:59:59.999999999 +0000 2000 December 31 23 59 59 999999999 Sunday 366 2000 52
// 0001-01-01 00:00:00 +0000 1 January 1 0 0 0 0 Monday 1 1 1
// 1969-12-31 23:59:59 +0000 1969 December 31 23 59 59 0 Wednesday 365 1970 1
// 1600-02-29 00:00:00 +0000 1600 February 29 0 0 0 0 Tuesday 60 1600 9
// 2003-12-29 Mon 2004-W1; 2003-12-30 Tue 2004-W1; 2003-12-31 Wed 2004-W1; 2004-01-01 Thu 2004-W1; 2004-01-02 Fri 2004-W1; 2004-01-03 Sat 2004-W1; 2004-01-04 Sun 2004-W1
// 2004-12-29 Wed 2004-W53; 2004-12-30 Thu 2004-W53; 2004-12-31 Fri 2004-W53; 2005-01-01 Sat 2004-W53; 2005-01-02 Sun 2004-W53; 2005-01-03 Mon 2005-W1; 2005-01-04 Tue 2005-W1
// 2007-12-29 Sat 2007-W52; 2007-12-30 Sun 2007-W52; 2007-12-31 Mon 2008-W1; 2008-01-01 Tue 2008-W1; 2008-01-02 Wed 2008-W1; 2008-01-03 Thu 2008-W1; 2008-01-04 Fri 2008-W1
// 2008-12-29 Mon 2009-W1; 2008-12-30 Tue 2009-W1; 2008-12-31 Wed 2009-W1; 2009-01-01 Thu 2009-W1; 2009-01-02 Fri 2009-W1; 2009-01-03 Sat 2009-W1; 2009-01-04 Sun 2009-W1
// 2009-12-29 Tue 2009-W53; 2009-12-30 Wed 2009-W53; 2009-12-31 Thu 2009-W53; 2010-01-01 Fri 2009-W53; 2010-01-02 Sat 2009-W53; 2010-01-03 Sun 2009-W53; 2010-01-04 Mon 2010-W1
// 2019-12-29 Sun 2019-W52; 2019-12-30 Mon 2020-W1; 2019-12-31 Tue 2020-W1; 2020-01-01 Wed 2020-W1; 2020-01-02 Thu 2020-W1; 2020-01-03 Fri 2020-W1; 2020-01-04 Sat 2020-W1
// 2020-12-29 Tue 2020-W53; 2020-12-30 Wed 2020-W53; 2020-12-31 Thu 2020-W53; 2021-01-01 Fri 2020-W53; 2021-01-02 Sat 2020-W53; 2021-01-03 Sun 2020-W53; 2021-01-04 Mon 2021-W1
// 2025-12-29 Mon 2026-W1; 2025-12-30 Tue 2026-W1; 2025-12-31 Wed 2026-W1; 2026-01-01 Thu 2026-W1; 2026-01-02 Fri 2026-W1; 2026-01-03 Sat 2026-W1; 2026-01-04 Sun 2026-W1
// %!Month(0)|January|February|March|April|May|June|July|August|September|October|November|December|%!Month(13)|
// %!Weekday(18446744073709551615)|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|%!Weekday(7)|
// March 3 Saturday
// 2023-03-03 10:00:00 +0000 UTC
// 2023-01-01 10:00:00 +0000 UTC
// 2024-01-31 10:00:00 +0000 UTC
// 2023-02-01 22:01:30.000000007 +0000 UTC
// 2023-01-31 09:59:59.999999999 +0000 UTC
// 1973-02-12 10:00:00 +0000 UTC
// 1452h30m0.00000025s -1452h30m0.00000025s true false false
// -2562047h47m16.854775808s 2562047h47m16.854775807s
// 2000-03-01 21:30:00.00000025 +0900 JST true false JST UTC
// 951913800 951913800000 951913800000000 951913800000000250
// 2009-02-13 23:31:30 +0000 UTC 1234567890
// 1969-12-31 23:59:59 +0000 UTC 1969-12-31 23:59:59.999999999 +0000 UTC 1970-01-01 00:00:08.000000007 +0000 UTC
// 1969-12-31 23:59:58.5 +0000 UTC 2023-11-14 22:13:20.123456 +0000 UTC
// -1 -1 -1500
// true false -62135596800 1
// 1970-01-01 00:00:00 +0000 UTC Thursday
// 1ns 2012-12-07T12:15:30.918273645Z 2012-12-07T12:15:30.918273645Z
// 1µs 2012-12-07T12:15:30.918273Z 2012-12-07T12:15:30.918274Z
// 1ms 2012-12-07T12:15:30.918Z 2012-12-07T12:15:30.918Z
// 1s 2012-12-07T12:15:30Z 2012-12-07T12:15:31Z
// 2s 2012-12-07T12:15:30Z 2012-12-07T12:15:30Z
// 1m0s 2012-12-07T12:15:00Z 2012-12-07T12:16:00Z
// 10m0s 2012-12-07T12:10:00Z 2012-12-07T12:20:00Z
// 1h0m0s 2012-12-07T12:00:00Z 2012-12-07T12:00:00Z
// 24h0m0s 2012-12-07T00:00:00Z 2012-12-08T00:00:00Z
// 168h0m0s 2012-12-03T00:00:00Z 2012-12-10T00:00:00Z
// 1.234567ms 2012-12-07T12:15:30.917488897Z 2012-12-07T12:15:30.918723464Z
// 0s 2012-12-07T12:15:30.918273645Z 2012-12-07T12:15:30.918273645Z
// -1s 2012-12-07T12:15:30.918273645Z 2012-12-07T12:15:30.918273645Z
// true
// JST 32400 false 2000-03-01 12:30:00.00000025 +0000 UTC Local
// true true
//  ABC UTC Local
// 2000-01-01 00:00:00 +0000 +0000
