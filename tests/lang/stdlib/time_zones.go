package main

import (
	"fmt"
	"time"
)

func must(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

func main() {
	ny := must("America/New_York")
	paris := must("Europe/Paris")
	sydney := must("Australia/Sydney")
	kolkata := must("Asia/Kolkata")
	tokyo := must("Asia/Tokyo")
	for _, l := range []*time.Location{ny, paris, sydney, kolkata, tokyo, time.UTC} {
		fmt.Println(l, l.String())
	}
	instants := []time.Time{
		time.Date(1950, 6, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2023, 3, 12, 6, 59, 59, 0, time.UTC),
		time.Date(2023, 3, 12, 7, 0, 0, 0, time.UTC),
		time.Date(2023, 3, 26, 0, 59, 59, 0, time.UTC),
		time.Date(2023, 3, 26, 1, 0, 0, 0, time.UTC),
		time.Date(2023, 11, 5, 5, 59, 59, 0, time.UTC),
		time.Date(2023, 11, 5, 6, 0, 0, 0, time.UTC),
		time.Date(2040, 7, 4, 12, 0, 0, 0, time.UTC),
		time.Date(2100, 1, 15, 12, 0, 0, 0, time.UTC),
		time.Date(2100, 7, 15, 12, 0, 0, 0, time.UTC),
		time.Date(2200, 10, 30, 12, 0, 0, 0, time.UTC),
	}
	for _, t := range instants {
		fmt.Println(t.Format(time.RFC3339))
		for _, l := range []*time.Location{ny, paris, sydney, kolkata, tokyo} {
			lt := t.In(l)
			name, off := lt.Zone()
			fmt.Printf("  %-20s %s %s %d %v\n", l, lt.Format(time.RFC1123Z), name, off, lt.IsDST())
		}
	}
	// Local clock readings in a gap or an overlap.
	fmt.Println(time.Date(2023, 3, 12, 2, 30, 0, 0, ny))
	fmt.Println(time.Date(2023, 11, 5, 1, 30, 0, 0, ny))
	fmt.Println(time.Date(2023, 3, 26, 2, 30, 0, 0, paris))
	fmt.Println(time.Date(2023, 10, 29, 2, 30, 0, 0, paris))
	fmt.Println(time.Date(2023, 10, 1, 2, 30, 0, 0, sydney))
	fmt.Println(time.Date(2050, 3, 13, 2, 30, 0, 0, ny))
	fmt.Println(time.Date(2050, 11, 6, 1, 30, 0, 0, ny))
	// Calendar arithmetic in a zone with DST.
	d := time.Date(2023, 3, 11, 12, 0, 0, 0, ny)
	fmt.Println(d.AddDate(0, 0, 1), d.Add(24*time.Hour))
	fmt.Println(d.AddDate(0, 0, 1).Sub(d))
	// Zone bounds.
	for _, t := range []time.Time{time.Date(2023, 7, 1, 0, 0, 0, 0, ny), time.Date(2023, 1, 1, 0, 0, 0, 0, paris)} {
		s, e := t.ZoneBounds()
		fmt.Println(s, "|", e)
	}
	// Parsing against a zone.
	t, err := time.ParseInLocation("2006-01-02 15:04 MST", "2023-07-01 10:00 EDT", ny)
	fmt.Println(t, err)
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2023-01-01 10:00 EDT", ny)
	fmt.Println(t, err)
	t, err = time.ParseInLocation("2006-01-02 15:04 -0700", "2023-07-01 10:00 -0400", ny)
	fmt.Println(t, t.Location(), err)
	t, err = time.ParseInLocation("2006-01-02 15:04", "2023-07-01 10:00", paris)
	fmt.Println(t, t.Location(), t.UTC(), err)
	fmt.Printf("%#v\n", t)
	// Errors.
	for _, name := range []string{"Foo/Bar", "../etc/passwd", "/etc/localtime", "", "UTC", "Local", "America", "Europe/Paris/x", "EST5EDT"} {
		l, err := time.LoadLocation(name)
		fmt.Println(l, err)
	}
}

// Output:
// America/New_York America/New_York
// Europe/Paris Europe/Paris
// Australia/Sydney Australia/Sydney
// Asia/Kolkata Asia/Kolkata
// Asia/Tokyo Asia/Tokyo
// UTC UTC
// 1950-06-01T00:00:00Z
//   America/New_York     Wed, 31 May 1950 20:00:00 -0400 EDT -14400 true
//   Europe/Paris         Thu, 01 Jun 1950 01:00:00 +0100 CET 3600 false
//   Australia/Sydney     Thu, 01 Jun 1950 10:00:00 +1000 AEST 36000 false
//   Asia/Kolkata         Thu, 01 Jun 1950 05:30:00 +0530 IST 19800 false
//   Asia/Tokyo           Thu, 01 Jun 1950 10:00:00 +1000 JDT 36000 true
// 2000-01-01T00:00:00Z
//   America/New_York     Fri, 31 Dec 1999 19:00:00 -0500 EST -18000 false
//   Europe/Paris         Sat, 01 Jan 2000 01:00:00 +0100 CET 3600 false
//   Australia/Sydney     Sat, 01 Jan 2000 11:00:00 +1100 AEDT 39600 true
//   Asia/Kolkata         Sat, 01 Jan 2000 05:30:00 +0530 IST 19800 false
//   Asia/Tokyo           Sat, 01 Jan 2000 09:00:00 +0900 JST 32400 false
// 2023-03-12T06:59:59Z
//   America/New_York     Sun, 12 Mar 2023 01:59:59 -0500 EST -18000 false
//   Europe/Paris         Sun, 12 Mar 2023 07:59:59 +0100 CET 3600 false
//   Australia/Sydney     Sun, 12 Mar 2023 17:59:59 +1100 AEDT 39600 true
//   Asia/Kolkata         Sun, 12 Mar 2023 12:29:59 +0530 IST 19800 false
//   Asia/Tokyo           Sun, 12 Mar 2023 15:59:59 +0900 JST 32400 false
// 2023-03-12T07:00:00Z
//   America/New_York     Sun, 12 Mar 2023 03:00:00 -0400 EDT -14400 true
//   Europe/Paris         Sun, 12 Mar 2023 08:00:00 +0100 CET 3600 false
//   Australia/Sydney     Sun, 12 Mar 2023 18:00:00 +1100 AEDT 39600 true
//   Asia/Kolkata         Sun, 12 Mar 2023 12:30:00 +0530 IST 19800 false
//   Asia/Tokyo           Sun, 12 Mar 2023 16:00:00 +0900 JST 32400 false
// 2023-03-26T00:59:59Z
//   America/New_York     Sat, 25 Mar 2023 20:59:59 -0400 EDT -14400 true
//   Europe/Paris         Sun, 26 Mar 2023 01:59:59 +0100 CET 3600 false
//   Australia/Sydney     Sun, 26 Mar 2023 11:59:59 +1100 AEDT 39600 true
//   Asia/Kolkata         Sun, 26 Mar 2023 06:29:59 +0530 IST 19800 false
//   Asia/Tokyo           Sun, 26 Mar 2023 09:59:59 +0900 JST 32400 false
// 2023-03-26T01:00:00Z
//   America/New_York     Sat, 25 Mar 2023 21:00:00 -0400 EDT -14400 true
//   Europe/Paris         Sun, 26 Mar 2023 03:00:00 +0200 CEST 7200 true
//   Australia/Sydney     Sun, 26 Mar 2023 12:00:00 +1100 AEDT 39600 true
//   Asia/Kolkata         Sun, 26 Mar 2023 06:30:00 +0530 IST 19800 false
//   Asia/Tokyo           Sun, 26 Mar 2023 10:00:00 +0900 JST 32400 false
// 2023-11-05T05:59:59Z
//   America/New_York     Sun, 05 Nov 2023 01:59:59 -0400 EDT -14400 true
//   Europe/Paris         Sun, 05 Nov 2023 06:59:59 +0100 CET 3600 false
//   Australia/Sydney     Sun, 05 Nov 2023 16:59:59 +1100 AEDT 39600 true
//   Asia/Kolkata         Sun, 05 Nov 2023 11:29:59 +0530 IST 19800 false
//   Asia/Tokyo           Sun, 05 Nov 2023 14:59:59 +0900 JST 32400 false
// 2023-11-05T06:00:00Z
//   America/New_York     Sun, 05 Nov 2023 01:00:00 -0500 EST -18000 false
//   Europe/Paris         Sun, 05 Nov 2023 07:00:00 +0100 CET 3600 false
//   Australia/Sydney     Sun, 05 Nov 2023 17:00:00 +1100 AEDT 39600 true
//   Asia/Kolkata         Sun, 05 Nov 2023 11:30:00 +0530 IST 19800 false
//   Asia/Tokyo           Sun, 05 Nov 2023 15:00:00 +0900 JST 32400 false
// 2040-07-04T12:00:00Z
//   America/New_York     Wed, 04 Jul 2040 08:00:00 -0400 EDT -14400 true
//   Europe/Paris         Wed, 04 Jul 2040 14:00:00 +0200 CEST 7200 true
//   Australia/Sydney     Wed, 04 Jul 2040 22:00:00 +1000 AEST 36000 false
//   Asia/Kolkata         Wed, 04 Jul 2040 17:30:00 +0530 IST 19800 false
//   Asia/Tokyo           Wed, 04 Jul 2040 21:00:00 +0900 JST 32400 false
// 2100-01-15T12:00:00Z
//   America/New_York     Fri, 15 Jan 2100 07:00:00 -0500 EST -18000 false
//   Europe/Paris         Fri, 15 Jan 2100 13:00:00 +0100 CET 3600 false
//   Australia/Sydney     Fri, 15 Jan 2100 23:00:00 +1100 AEDT 39600 true
//   Asia/Kolkata         Fri, 15 Jan 2100 17:30:00 +0530 IST 19800 false
//   Asia/Tokyo           Fri, 15 Jan 2100 21:00:00 +0900 JST 32400 false
// 2100-07-15T12:00:00Z
//   America/New_York     Thu, 15 Jul 2100 08:00:00 -0400 EDT -14400 true
//   Europe/Paris         Thu, 15 Jul 2100 14:00:00 +0200 CEST 7200 true
//   Australia/Sydney     Thu, 15 Jul 2100 22:00:00 +1000 AEST 36000 false
//   Asia/Kolkata         Thu, 15 Jul 2100 17:30:00 +0530 IST 19800 false
//   Asia/Tokyo           Thu, 15 Jul 2100 21:00:00 +0900 JST 32400 false
// 2200-10-30T12:00:00Z
//   America/New_York     Thu, 30 Oct 2200 08:00:00 -0400 EDT -14400 true
//   Europe/Paris         Thu, 30 Oct 2200 13:00:00 +0100 CET 3600 false
//   Australia/Sydney     Thu, 30 Oct 2200 23:00:00 +1100 AEDT 39600 true
//   Asia/Kolkata         Thu, 30 Oct 2200 17:30:00 +0530 IST 19800 false
//   Asia/Tokyo           Thu, 30 Oct 2200 21:00:00 +0900 JST 32400 false
// 2023-03-12 01:30:00 -0500 EST
// 2023-11-05 01:30:00 -0400 EDT
// 2023-03-26 03:30:00 +0200 CEST
// 2023-10-29 02:30:00 +0100 CET
// 2023-10-01 03:30:00 +1100 AEDT
// 2050-03-13 01:30:00 -0500 EST
// 2050-11-06 01:30:00 -0400 EDT
// 2023-03-12 12:00:00 -0400 EDT 2023-03-12 13:00:00 -0400 EDT
// 23h0m0s
// 2023-03-12 03:00:00 -0400 EDT | 2023-11-05 01:00:00 -0500 EST
// 2022-10-30 02:00:00 +0100 CET | 2023-03-26 03:00:00 +0200 CEST
// 2023-07-01 10:00:00 -0400 EDT <nil>
// 2023-01-01 09:00:00 -0500 EST <nil>
// 2023-07-01 10:00:00 -0400 EDT America/New_York <nil>
// 2023-07-01 10:00:00 +0200 CEST Europe/Paris 2023-07-01 08:00:00 +0000 UTC <nil>
// time.Date(2023, time.July, 1, 10, 0, 0, 0, time.Location("Europe/Paris"))
// UTC unknown time zone Foo/Bar
// UTC time: invalid location name
// UTC time: invalid location name
// UTC <nil>
// UTC <nil>
// Local <nil>
// UTC is a directory
// UTC not a directory
// EST5EDT <nil>
