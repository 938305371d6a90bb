package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "-0", "+5", "007", "1_000", " 1", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "0x10", ""} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"101", 2, 8}, {"777", 8, 16}, {"zz", 36, 64}, {"-80", 16, 8}, {"81", 16, 8}, {"0b101", 0, 64}, {"0o17", 0, 64}, {"1_000", 0, 64}, {"2147483648", 10, 32}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, n, err)
	}
	for _, s := range []string{"1e400", "-1e400", "1e-400", "0x1p-2", "inf", "-Inf", "NaN", "1.5e", ".5", "5.", "+3.25", "1_000.5", "0.1"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	f32, err = strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	for _, v := range []float64{0.1, 1.0 / 3, 1e21, 1e-7, 123456789, -0.0, 2.5, 1e100} {
		fmt.Println(strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'e', -1, 64), strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'g', 5, 32))
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	q := strconv.Quote("tab\there\x00\u2028é")
	fmt.Println(q)
	uq, err := strconv.Unquote(q)
	fmt.Println(uq == "tab\there\x00\u2028é", err)
	_, err = strconv.Unquote("'ab'")
	fmt.Println(err)
	r, err := strconv.Unquote("'é'")
	fmt.Println(r, err)
}

// Output:
// Atoi("0") = 0, <nil>
// Atoi("-0") = 0, <nil>
// Atoi("+5") = 5, <nil>
// Atoi("007") = 7, <nil>
// Atoi("1_000") = 0, strconv.Atoi: parsing "1_000": invalid syntax
// Atoi(" 1") = 0, strconv.Atoi: parsing " 1": invalid syntax
// Atoi("9223372036854775807") = 9223372036854775807, <nil>
// Atoi("9223372036854775808") = 9223372036854775807, strconv.Atoi: parsing "9223372036854775808": value out of range
// Atoi("-9223372036854775808") = -9223372036854775808, <nil>
// Atoi("0x10") = 0, strconv.Atoi: parsing "0x10": invalid syntax
// Atoi("") = 0, strconv.Atoi: parsing "": invalid syntax
// ParseInt("101", 2, 8) = 5, <nil>
// ParseInt("777", 8, 16) = 511, <nil>
// ParseInt("zz", 36, 64) = 1295, <nil>
// ParseInt("-80", 16, 8) = -128, <nil>
// ParseInt("81", 16, 8) = 127, strconv.ParseInt: parsing "81": value out of range
// ParseInt("0b101", 0, 64) = 5, <nil>
// ParseInt("0o17", 0, 64) = 15, <nil>
// ParseInt("1_000", 0, 64) = 1000, <nil>
// ParseInt("2147483648", 10, 32) = 2147483647, strconv.ParseInt: parsing "2147483648": value out of range
// ParseFloat("1e400") = +Inf, strconv.ParseFloat: parsing "1e400": value out of range
// ParseFloat("-1e400") = -Inf, strconv.ParseFloat: parsing "-1e400": value out of range
// ParseFloat("1e-400") = 0, <nil>
// ParseFloat("0x1p-2") = 0.25, <nil>
// ParseFloat("inf") = +Inf, <nil>
// ParseFloat("-Inf") = -Inf, <nil>
// ParseFloat("NaN") = NaN, <nil>
// ParseFloat("1.5e") = 0, strconv.ParseFloat: parsing "1.5e": invalid syntax
// ParseFloat(".5") = 0.5, <nil>
// ParseFloat("5.") = 5, <nil>
// ParseFloat("+3.25") = 3.25, <nil>
// ParseFloat("1_000.5") = 1000.5, <nil>
// ParseFloat("0.1") = 0.1, <nil>
// +Inf strconv.ParseFloat: parsing "3.4e39": value out of range
// 0.10000000149011612 <nil>
// 0.1 1e-01 0.1 0.1
// 0.3333333333333333 3.333333333333333e-01 0.3333333333333333 0.33333
// 1e+21 1e+21 1000000000000000000000 1e+21
// 1e-07 1e-07 0.0000001 1e-07
// 1.23456789e+08 1.23456789e+08 123456789 1.2346e+08
// 0 0e+00 0 0
// 2.5 2.5e+00 2.5 2.5
// 1e+100 1e+100 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 +Inf
// 0 strconv.ParseUint: parsing "-1": invalid syntax
// true <nil>
// "tab\there\x00\u2028é"
// true <nil>
// invalid syntax
// é <nil>
