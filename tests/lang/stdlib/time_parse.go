package main

import (
	"fmt"
	"time"
)

func try(layout, value string) {
	t, err := time.Parse(layout, value)
	if err != nil {
		fmt.Println("error:", err)
		if pe, ok := err.(*time.ParseError); ok {
			fmt.Printf("  %q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
		}
		return
	}
	fmt.Println(t, "|", t.Location(), "|", t.Format(time.RFC3339Nano))
}

func main() {
	try(time.RFC3339, "2006-01-02T15:04:05Z")
	try(time.RFC3339, "2006-01-02T15:04:05+07:00")
	try(time.RFC3339, "2006-01-02T15:04:05.123-07:30")
	try(time.RFC3339Nano, "2013-02-03T19:54:00.123456789Z")
	try(time.RFC3339Nano, "2013-02-03T19:54:00Z")
	try(time.RFC3339, "2006-01-02T15:04:05,5Z")
	try(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST")
	try(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC")
	try(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+3")
	try(time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700")
	try(time.RFC822, "02 Jan 06 15:04 PST")
	try(time.RFC850, "Monday, 02-Jan-06 15:04:05 CEST")
	try(time.ANSIC, "Mon Jan  2 15:04:05 2006")
	try(time.ANSIC, "Thu Feb 4 21:00:57 2010")
	try(time.UnixDate, "Thu Feb  4 21:00:57 PST 2010")
	try(time.RubyDate, "Thu Feb 04 21:00:57 -0800 2010")
	try(time.Kitchen, "3:04PM")
	try(time.Kitchen, "12:00AM")
	try(time.Kitchen, "12:30pm")
	try("3:04pm", "11:59pm")
	try(time.StampMilli, "Jan 12 10:11:12.345")
	try("2006-01-02 15:04:05", "2024-02-29 23:59:59.123456")
	try("2006-01-02 15:04:05.000", "2024-02-29 23:59:59.12")
	try("2006-01-02 15:04:05.000", "2024-02-29 23:59:59.123")
	try("2006-01-02 15:04:05.999", "2024-02-29 23:59:59")
	try("2006 002", "2024 060")
	try("2006 __2", "2023  60")
	try("2006-01-02 002", "2024-03-01 061")
	try("2006-01-02 002", "2024-03-02 061")
	try("2006 002", "2023 366")
	try("January 2, 2006", "march 7, 2021")
	try("Jan _2 2006", "FEB  3 1999")
	try("02/01/06", "31/12/68")
	try("02/01/06", "31/12/69")
	try("15:04", "10:30")
	try("2006-01-02T15:04:05Z0700", "2020-05-06T07:08:09+0130")
	try("2006-01-02T15:04:05-07", "2020-05-06T07:08:09-03")
	try("2006-01-02T15:04:05-07:00:00", "2020-05-06T07:08:09-03:04:05")
	try("2006-01-02T15:04:05Z070000", "2020-05-06T07:08:09+030405")
	try("2006-01-02 MST", "2020-05-06 ChST")
	try("2006-01-02 MST", "2020-05-06 WITA")
	try("2006-01-02 -0700 MST", "2020-05-06 +0900 JST")
	try("_2006 01", "_2020 04")
	// Errors.
	try(time.RFC3339, "2006-01-02T15:04:05")
	try(time.RFC3339, "2006-01-02 15:04:05Z")
	try(time.RFC3339, "2006-13-02T15:04:05Z")
	try(time.RFC3339, "2006-00-02T15:04:05Z")
	try(time.RFC3339, "2006-01-32T15:04:05Z")
	try(time.RFC3339, "2006-02-30T15:04:05Z")
	try(time.RFC3339, "2006-01-02T24:04:05Z")
	try(time.RFC3339, "2006-01-02T15:60:05Z")
	try(time.RFC3339, "2006-01-02T15:04:60Z")
	try(time.RFC3339, "2006-01-02T15:04:05+0700")
	try(time.RFC3339, "2006-01-02T15:04:05Zjunk")
	try(time.RFC3339, "")
	try(time.RFC3339, "abc")
	try(time.Kitchen, "13:00PM")
	try(time.Kitchen, "3:04XM")
	try("2006 002", "2023 400")
	try("2006 002", "2023 000")
	try("2006-01-02 002", "2024-02-02 061")
	try("Jan 2", "Foo 2")
	try("Monday", "Funday")
	try("2006-01-02 MST", "2020-05-06 abc")
	try("2006-01-02 MST", "2020-05-06 ABCDEF")
	try("15:04:05.000", "10:30:00.12")
	try("06", "7")
	try("2006", "20x6")
	try("2006 ", "2006x")
	try("01/02", "1/2")
	try("1/2", "1/2\x00\xff\"\\")
	try("2006-01-02", "２006-01-02")
	_, err := time.ParseInLocation("2006-01-02 15:04", "2020-05-06 07:08", time.FixedZone("X", 3600))
	fmt.Println(err)
	t, err := time.ParseInLocation("2006-01-02 15:04", "2020-05-06 07:08", time.FixedZone("X", 3600))
	fmt.Println(t, err)
	t, err = time.ParseInLocation("2006-01-02 15:04 -0700", "2020-05-06 07:08 +0100", time.FixedZone("X", 3600))
	fmt.Println(t, t.Location(), err)
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2020-05-06 07:08 X", time.FixedZone("X", 3600))
	fmt.Println(t, t.Location(), err)
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2020-05-06 07:08 XYZ", time.FixedZone("X", 3600))
	fmt.Println(t, t.Location(), err)

	// ParseDuration.
	for _, s := range []string{"0", "+0", "-0", "5s", "-1.5h", "1h2m3s4ms5us6ns", "1.000000001s",
		"300ms", "2µs", "3μs", ".5m", "5.m", "1h1h", "9223372036854775807ns",
		"-9223372036854775808ns", "0.3333333333333333333h", "100000000000000000000000000ns.5s",
		"", "-", "1", "1.5", "s", ".s", "1x", "1sx", "1µ", "9223372036854775808ns",
		"-9223372036854775809ns", "3000000h", "1e3s", "1 s", "+-1s", "\xffs"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q: %v %d %v\n", s, d, int64(d), err)
	}
}

// Output:
// 2006-01-02 15:04:05 +0000 UTC | UTC | 2006-01-02T15:04:05Z
// 2006-01-02 15:04:05 +0700 +0700 |  | 2006-01-02T15:04:05+07:00
// 2006-01-02 15:04:05.123 -0730 -0730 |  | 2006-01-02T15:04:05.123-07:30
// 2013-02-03 19:54:00.123456789 +0000 UTC | UTC | 2013-02-03T19:54:00.123456789Z
// 2013-02-03 19:54:00 +0000 UTC | UTC | 2013-02-03T19:54:00Z
// 2006-01-02 15:04:05.5 +0000 UTC | UTC | 2006-01-02T15:04:05.5Z
// 2006-01-02 15:04:05 +0000 MST | MST | 2006-01-02T15:04:05Z
// 2006-01-02 15:04:05 +0000 UTC | UTC | 2006-01-02T15:04:05Z
// 2006-01-02 18:04:05 +0300 GMT+3 | GMT+3 | 2006-01-02T18:04:05+03:00
// 2006-01-02 15:04:05 -0700 -0700 |  | 2006-01-02T15:04:05-07:00
// 2006-01-02 15:04:00 +0000 PST | PST | 2006-01-02T15:04:00Z
// 2006-01-02 15:04:05 +0000 CEST | CEST | 2006-01-02T15:04:05Z
// 2006-01-02 15:04:05 +0000 UTC | UTC | 2006-01-02T15:04:05Z
// 2010-02-04 21:00:57 +0000 UTC | UTC | 2010-02-04T21:00:57Z
// 2010-02-04 21:00:57 +0000 PST | PST | 2010-02-04T21:00:57Z
// 2010-02-04 21:00:57 -0800 -0800 |  | 2010-02-04T21:00:57-08:00
// 0000-01-01 15:04:00 +0000 UTC | UTC | 0000-01-01T15:04:00Z
// 0000-01-01 00:00:00 +0000 UTC | UTC | 0000-01-01T00:00:00Z
// error: parsing time "12:30pm" as "3:04PM": cannot parse "" as "PM"
//   "3:04PM" "12:30pm" "PM" "" ""
// 0000-01-01 23:59:00 +0000 UTC | UTC | 0000-01-01T23:59:00Z
// 0000-01-12 10:11:12.345 +0000 UTC | UTC | 0000-01-12T10:11:12.345Z
// 2024-02-29 23:59:59.123456 +0000 UTC | UTC | 2024-02-29T23:59:59.123456Z
// error: parsing time "2024-02-29 23:59:59.12" as "2006-01-02 15:04:05.000": cannot parse ".12" as ".000"
//   "2006-01-02 15:04:05.000" "2024-02-29 23:59:59.12" ".000" ".12" ""
// 2024-02-29 23:59:59.123 +0000 UTC | UTC | 2024-02-29T23:59:59.123Z
// 2024-02-29 23:59:59 +0000 UTC | UTC | 2024-02-29T23:59:59Z
// 2024-02-29 00:00:00 +0000 UTC | UTC | 2024-02-29T00:00:00Z
// 2023-03-01 00:00:00 +0000 UTC | UTC | 2023-03-01T00:00:00Z
// 2024-03-01 00:00:00 +0000 UTC | UTC | 2024-03-01T00:00:00Z
// error: parsing time "2024-03-02 061": day-of-year does not match day
//   "2006-01-02 002" "2024-03-02 061" "" "" ": day-of-year does not match day"
// error: parsing time "2023 366": day-of-year out of range
//   "2006 002" "2023 366" "" "" ": day-of-year out of range"
// 2021-03-07 00:00:00 +0000 UTC | UTC | 2021-03-07T00:00:00Z
// 1999-02-03 00:00:00 +0000 UTC | UTC | 1999-02-03T00:00:00Z
// 2068-12-31 00:00:00 +0000 UTC | UTC | 2068-12-31T00:00:00Z
// 1969-12-31 00:00:00 +0000 UTC | UTC | 1969-12-31T00:00:00Z
// 0000-01-01 10:30:00 +0000 UTC | UTC | 0000-01-01T10:30:00Z
// 2020-05-06 07:08:09 +0130 +0130 |  | 2020-05-06T07:08:09+01:30
// 2020-05-06 07:08:09 -0300 -0300 |  | 2020-05-06T07:08:09-03:00
// 2020-05-06 07:08:09 -0304 -0304 |  | 2020-05-06T07:08:09-03:04
// 2020-05-06 07:08:09 +0304 +0304 |  | 2020-05-06T07:08:09+03:04
// 2020-05-06 00:00:00 +0000 ChST | ChST | 2020-05-06T00:00:00Z
// 2020-05-06 00:00:00 +0000 WITA | WITA | 2020-05-06T00:00:00Z
// 2020-05-06 00:00:00 +0900 JST | JST | 2020-05-06T00:00:00+09:00
// 2020-04-01 00:00:00 +0000 UTC | UTC | 2020-04-01T00:00:00Z
// error: parsing time "2006-01-02T15:04:05" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "Z07:00"
//   "2006-01-02T15:04:05Z07:00" "2006-01-02T15:04:05" "Z07:00" "" ""
// error: parsing time "2006-01-02 15:04:05Z" as "2006-01-02T15:04:05Z07:00": cannot parse " 15:04:05Z" as "T"
//   "2006-01-02T15:04:05Z07:00" "2006-01-02 15:04:05Z" "T" " 15:04:05Z" ""
// error: parsing time "2006-13-02T15:04:05Z": month out of range
//   "2006-01-02T15:04:05Z07:00" "2006-13-02T15:04:05Z" "01" "-02T15:04:05Z" ": month out of range"
// error: parsing time "2006-00-02T15:04:05Z": month out of range
//   "2006-01-02T15:04:05Z07:00" "2006-00-02T15:04:05Z" "01" "-02T15:04:05Z" ": month out of range"
// error: parsing time "2006-01-32T15:04:05Z": day out of range
//   "2006-01-02T15:04:05Z07:00" "2006-01-32T15:04:05Z" "" "" ": day out of range"
// error: parsing time "2006-02-30T15:04:05Z": day out of range
//   "2006-01-02T15:04:05Z07:00" "2006-02-30T15:04:05Z" "" "" ": day out of range"
// error: parsing time "2006-01-02T24:04:05Z": hour out of range
//   "2006-01-02T15:04:05Z07:00" "2006-01-02T24:04:05Z" "15" ":04:05Z" ": hour out of range"
// error: parsing time "2006-01-02T15:60:05Z": minute out of range
//   "2006-01-02T15:04:05Z07:00" "2006-01-02T15:60:05Z" "04" ":05Z" ": minute out of range"
// error: parsing time "2006-01-02T15:04:60Z": second out of range
//   "2006-01-02T15:04:05Z07:00" "2006-01-02T15:04:60Z" "05" "Z" ": second out of range"
// error: parsing time "2006-01-02T15:04:05+0700" as "2006-01-02T15:04:05Z07:00": cannot parse "+0700" as "Z07:00"
//   "2006-01-02T15:04:05Z07:00" "2006-01-02T15:04:05+0700" "Z07:00" "+0700" ""
// error: parsing time "2006-01-02T15:04:05Zjunk": extra text: "junk"
//   "2006-01-02T15:04:05Z07:00" "2006-01-02T15:04:05Zjunk" "" "junk" ": extra text: \"junk\""
// error: parsing time "" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "2006"
//   "2006-01-02T15:04:05Z07:00" "" "2006" "" ""
// error: parsing time "abc" as "2006-01-02T15:04:05Z07:00": cannot parse "abc" as "2006"
//   "2006-01-02T15:04:05Z07:00" "abc" "2006" "abc" ""
// error: parsing time "13:00PM": hour out of range
//   "3:04PM" "13:00PM" "3" ":00PM" ": hour out of range"
// error: parsing time "3:04XM" as "3:04PM": cannot parse "" as "PM"
//   "3:04PM" "3:04XM" "PM" "" ""
// error: parsing time "2023 400": day-of-year out of range
//   "2006 002" "2023 400" "" "" ": day-of-year out of range"
// error: parsing time "2023 000": day-of-year out of range
//   "2006 002" "2023 000" "" "" ": day-of-year out of range"
// error: parsing time "2024-02-02 061": day-of-year does not match month
//   "2006-01-02 002" "2024-02-02 061" "" "" ": day-of-year does not match month"
// error: parsing time "Foo 2" as "Jan 2": cannot parse "Foo 2" as "Jan"
//   "Jan 2" "Foo 2" "Jan" "Foo 2" ""
// error: parsing time "Funday" as "Monday": cannot parse "Funday" as "Monday"
//   "Monday" "Funday" "Monday" "Funday" ""
// error: parsing time "2020-05-06 abc" as "2006-01-02 MST": cannot parse "abc" as "MST"
//   "2006-01-02 MST" "2020-05-06 abc" "MST" "abc" ""
// error: parsing time "2020-05-06 ABCDEF" as "2006-01-02 MST": cannot parse "ABCDEF" as "MST"
//   "2006-01-02 MST" "2020-05-06 ABCDEF" "MST" "ABCDEF" ""
// error: parsing time "10:30:00.12" as "15:04:05.000": cannot parse ".12" as ".000"
//   "15:04:05.000" "10:30:00.12" ".000" ".12" ""
// error: parsing time "7" as "06": cannot parse "7" as "06"
//   "06" "7" "06" "7" ""
// error: parsing time "20x6" as "2006": cannot parse "" as "2006"
//   "2006" "20x6" "2006" "" ""
// error: parsing time "2006x" as "2006 ": cannot parse "x" as " "
//   "2006 " "2006x" " " "x" ""
// error: parsing time "1/2" as "01/02": cannot parse "1/2" as "01"
//   "01/02" "1/2" "01" "1/2" ""
// error: parsing time "1/2\x00\xff\"\\": extra text: "\x00\xff\"\\"
//   "1/2" "1/2\x00\xff\"\\" "" "\x00\xff\"\\" ": extra text: \"\\x00\\xff\\\"\\\\\""
// error: parsing time "\xef\xbc\x92006-01-02" as "2006-01-02": cannot parse "\xef\xbc\x92006-01-02" as "2006"
//   "2006-01-02" "２006-01-02" "2006" "２006-01-02" ""
// <nil>
// 2020-05-06 07:08:00 +0100 X <nil>
// 2020-05-06 07:08:00 +0100 X X <nil>
// 0001-01-01 00:00:00 +0000 UTC UTC parsing time "2020-05-06 07:08 X" as "2006-01-02 15:04 MST": cannot parse "X" as "MST"
// 2020-05-06 07:08:00 +0000 XYZ XYZ <nil>
// "0": 0s 0 <nil>
// "+0": 0s 0 <nil>
// "-0": 0s 0 <nil>
// "5s": 5s 5000000000 <nil>
// "-1.5h": -1h30m0s -5400000000000 <nil>
// "1h2m3s4ms5us6ns": 1h2m3.004005006s 3723004005006 <nil>
// "1.000000001s": 1.000000001s 1000000001 <nil>
// "300ms": 300ms 300000000 <nil>
// "2µs": 2µs 2000 <nil>
// "3μs": 3µs 3000 <nil>
// ".5m": 30s 30000000000 <nil>
// "5.m": 5m0s 300000000000 <nil>
// "1h1h": 2h0m0s 7200000000000 <nil>
// "9223372036854775807ns": 2562047h47m16.854775807s 9223372036854775807 <nil>
// "-9223372036854775808ns": -2562047h47m16.854775808s -9223372036854775808 <nil>
// "0.3333333333333333333h": 20m0s 1200000000000 <nil>
// "100000000000000000000000000ns.5s": 0s 0 time: invalid duration "100000000000000000000000000ns.5s"
// "": 0s 0 time: invalid duration ""
// "-": 0s 0 time: invalid duration "-"
// "1": 0s 0 time: missing unit in duration "1"
// "1.5": 0s 0 time: missing unit in duration "1.5"
// "s": 0s 0 time: invalid duration "s"
// ".s": 0s 0 time: invalid duration ".s"
// "1x": 0s 0 time: unknown unit "x" in duration "1x"
// "1sx": 0s 0 time: unknown unit "sx" in duration "1sx"
// "1µ": 0s 0 time: unknown unit "\xc2\xb5" in duration "1\xc2\xb5"
// "9223372036854775808ns": 0s 0 time: invalid duration "9223372036854775808ns"
// "-9223372036854775809ns": 0s 0 time: invalid duration "-9223372036854775809ns"
// "3000000h": 0s 0 time: invalid duration "3000000h"
// "1e3s": 0s 0 time: unknown unit "e" in duration "1e3s"
// "1 s": 0s 0 time: unknown unit " s" in duration "1 s"
// "+-1s": 0s 0 time: invalid duration "+-1s"
// "\xffs": 0s 0 time: invalid duration "\xffs"
