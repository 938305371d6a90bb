package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0))
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	i64, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i64, err)
	i64, err = strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(i64, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("3.25e2", 64)
	fmt.Println(f, err)
	_, err = strconv.ParseFloat("abc", 64)
	fmt.Println(err)
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	fmt.Println(strconv.FormatInt(-255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(35, 36), strconv.FormatUint(1<<63, 10))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.000123, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', -1, 32), strconv.FormatFloat(2.5, 'f', 0, 64))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.Quote("héllo"), strconv.QuoteToASCII("héllo"))
	fmt.Println(strconv.QuoteRune('x'), strconv.QuoteRune('\t'))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(strconv.FormatBool(false))
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, 42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	fmt.Println(string(buf))
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func)
	}
	_, err = strconv.Atoi("")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num == "", ne.Err)
	}
}

// Output:
// -45 0
// 123 <nil>
// strconv.Atoi: parsing "12a": invalid syntax
// strconv.Atoi: parsing "99999999999999999999": value out of range
// -255 <nil>
// 31 <nil>
// strconv.ParseInt: parsing "300": value out of range
// 18446744073709551615 <nil>
// 325 <nil>
// strconv.ParseFloat: parsing "abc": invalid syntax
// true <nil>
// strconv.ParseBool: parsing "yes": invalid syntax
// -11111111 ff z 9223372036854775808
// 3.14 1e+21 1.230e-04
// 0.33333334 2
// "hi\n\"there\"" "héllo" "h\u00e9llo"
// 'x' '\t'
// "a\tb" <nil>
// false
// n=42 "q"
// Atoi true invalid syntax
