package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822,
		time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339,
		time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli,
		time.StampMicro, time.StampNano,
		"2006-01-02 15:04:05", "2006-01-02", "15:04:05",
	}
	for _, l := range layouts {
		fmt.Printf("%-40q %s\n", l, t.Format(l))
	}
	east := time.FixedZone("XST", 5*3600+30*60)
	west := time.FixedZone("", -(3*3600 + 15*60 + 7))
	elems := []string{
		"January Jan 1 01 Monday Mon",
		"2 _2 02 __2 002 06 2006 _2006",
		"15 3 03 4 04 5 05 PM pm",
		"MST -0700 -07:00 -07 -070000 -07:00:00",
		"Z0700 Z07:00 Z07 Z070000 Z07:00:00",
		".0 .00 .000 .000000 .000000000 .9 .99 .999 .999999999",
		",000 ,999 05.000 05,999999",
		"Janet Monique Mon. Jan. 2006x 1.5 .0001",
		"literal text: hello, world!",
	}
	times := []time.Time{
		t,
		time.Date(2021, time.March, 5, 7, 8, 9, 500000000, east),
		time.Date(1999, time.December, 31, 0, 0, 0, 0, west),
		time.Date(2024, time.February, 29, 12, 30, 0, 10, time.UTC),
		time.Date(-44, time.March, 15, 12, 0, 0, 0, time.UTC),
		time.Date(12345, time.July, 4, 1, 2, 3, 4, time.UTC),
	}
	for _, tm := range times {
		fmt.Println(tm)
		for _, e := range elems {
			fmt.Printf("  %q\n", tm.Format(e))
		}
	}
	b := []byte("at: ")
	b = t.AppendFormat(b, time.Kitchen)
	fmt.Println(string(b))
	fmt.Println(time.Time{})
	fmt.Println(time.Time{}.Format(time.RFC3339Nano))
	fmt.Printf("%v|%s|%#v\n", t, t, t)
	fmt.Printf("%#v\n", time.Date(2020, 1, 2, 3, 4, 5, 6, east))
	fmt.Printf("%#v\n", time.Time{})
	for h := 0; h < 24; h += 5 {
		tm := time.Date(2000, 1, 1, h, 0, 0, 0, time.UTC)
		fmt.Print(tm.Format("3PM 03pm 15h|"))
	}
	fmt.Println()
	mt, err := t.MarshalText()
	fmt.Println(string(mt), err)
	var u time.Time
	err = u.UnmarshalText([]byte("2001-02-03T04:05:06.5-08:00"))
	fmt.Println(u, err)
	mj, err := t.MarshalJSON()
	fmt.Println(string(mj), err)
	_, err = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalText()
	fmt.Println(err)
}

// Output:
// "01/02 03:04:05PM '06 -0700"             11/10 11:04:05PM '09 +0000
// "Mon Jan _2 15:04:05 2006"               Tue Nov 10 23:04:05 2009
// "Mon Jan _2 15:04:05 MST 2006"           Tue Nov 10 23:04:05 UTC 2009
// "Mon Jan 02 15:04:05 -0700 2006"         Tue Nov 10 23:04:05 +0000 2009
// "02 Jan 06 15:04 MST"                    10 Nov 09 23:04 UTC
// "02 Jan 06 15:04 -0700"                  10 Nov 09 23:04 +0000
// "Monday, 02-Jan-06 15:04:05 MST"         Tuesday, 10-Nov-09 23:04:05 UTC
// "Mon, 02 Jan 2006 15:04:05 MST"          Tue, 10 Nov 2009 23:04:05 UTC
// "Mon, 02 Jan 2006 15:04:05 -0700"        Tue, 10 Nov 2009 23:04:05 +0000
// "2006-01-02T15:04:05Z07:00"              2009-11-10T23:04:05Z
// "2006-01-02T15:04:05.999999999Z07:00"    2009-11-10T23:04:05.123456789Z
// "3:04PM"                                 11:04PM
// "Jan _2 15:04:05"                        Nov 10 23:04:05
// "Jan _2 15:04:05.000"                    Nov 10 23:04:05.123
// "Jan _2 15:04:05.000000"                 Nov 10 23:04:05.123456
// "Jan _2 15:04:05.000000000"              Nov 10 23:04:05.123456789
// "2006-01-02 15:04:05"                    2009-11-10 23:04:05
// "2006-01-02"                             2009-11-10
// "15:04:05"                               23:04:05
// 2009-11-10 23:04:05.123456789 +0000 UTC
//   "November Nov 11 11 Tuesday Tue"
//   "10 10 10 314 314 09 2009 _2009"
//   "23 11 11 4 04 5 05 PM pm"
//   "UTC +0000 +00:00 +00 +000000 +00:00:00"
//   "Z Z Z Z Z"
//   ".1 .12 .123 .123456 .123456789 .1 .12 .123 .123456789"
//   ",123 ,123 05.123 05,123456"
//   "Janet Monique Tue. Nov. 2009x 11.5 .0011"
//   "literal text: hello, world!"
// 2021-03-05 07:08:09.5 +0530 XST
//   "March Mar 3 03 Friday Fri"
//   "5  5 05  64 064 21 2021 _2021"
//   "07 7 07 8 08 9 09 AM am"
//   "XST +0530 +05:30 +05 +053000 +05:30:00"
//   "+0530 +05:30 +05 +053000 +05:30:00"
//   ".5 .50 .500 .500000 .500000000 .5 .5 .5 .5"
//   ",500 ,5 09.500 09,5"
//   "Janet Monique Fri. Mar. 2021x 3.9 .0003"
//   "literal text: hello, world!"
// 1999-12-31 00:00:00 -0315 -0315
//   "December Dec 12 12 Friday Fri"
//   "31 31 31 365 365 99 1999 _1999"
//   "00 12 12 0 00 0 00 AM am"
//   "-0315 -0315 -03:15 -03 -031507 -03:15:07"
//   "-0315 -03:15 -03 -031507 -03:15:07"
//   ".0 .00 .000 .000000 .000000000    "
//   ",000  00.000 00"
//   "Janet Monique Fri. Dec. 1999x 12.0 .0012"
//   "literal text: hello, world!"
// 2024-02-29 12:30:00.00000001 +0000 UTC
//   "February Feb 2 02 Thursday Thu"
//   "29 29 29  60 060 24 2024 _2024"
//   "12 12 12 30 30 0 00 PM pm"
//   "UTC +0000 +00:00 +00 +000000 +00:00:00"
//   "Z Z Z Z Z"
//   ".0 .00 .000 .000000 .000000010    .00000001"
//   ",000  00.000 00"
//   "Janet Monique Thu. Feb. 2024x 2.0 .0002"
//   "literal text: hello, world!"
// -0044-03-15 12:00:00 +0000 UTC
//   "March Mar 3 03 Thursday Thu"
//   "15 15 15  75 075 44 -0044 _-0044"
//   "12 12 12 0 00 0 00 PM pm"
//   "UTC +0000 +00:00 +00 +000000 +00:00:00"
//   "Z Z Z Z Z"
//   ".0 .00 .000 .000000 .000000000    "
//   ",000  00.000 00"
//   "Janet Monique Thu. Mar. -0044x 3.0 .0003"
//   "literal text: hello, world!"
// 12345-07-04 01:02:03.000000004 +0000 UTC
//   "July Jul 7 07 Wednesday Wed"
//   "4  4 04 185 185 45 12345 _12345"
//   "01 1 01 2 02 3 03 AM am"
//   "UTC +0000 +00:00 +00 +000000 +00:00:00"
//   "Z Z Z Z Z"
//   ".0 .00 .000 .000000 .000000004    .000000004"
//   ",000  03.000 03"
//   "Janet Monique Wed. Jul. 12345x 7.3 .0007"
//   "literal text: hello, world!"
// at: 11:04PM
// 0001-01-01 00:00:00 +0000 UTC
// 0001-01-01T00:00:00Z
// 2009-11-10 23:04:05.123456789 +0000 UTC|2009-11-10 23:04:05.123456789 +0000 UTC|time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
// time.Date(2020, time.January, 2, 3, 4, 5, 6, time.Location("XST"))
// time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC)
// 12AM 12am 00h|5AM 05am 05h|10AM 10am 10h|3PM 03pm 15h|8PM 08pm 20h|
// 2009-11-10T23:04:05.123456789Z <nil>
// 2001-02-03 04:05:06.5 -0800 -0800 <nil>
// "2009-11-10T23:04:05.123456789Z" <nil>
// Time.MarshalText: year outside of range [0,9999]
