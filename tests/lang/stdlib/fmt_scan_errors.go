// Scanning results and error messages as Go gives them: token grammar per
// type (base prefixes, underscores, float syntax, booleans), strconv's
// NumErrors, overflow on token, bad verbs, %x/%q strings, %%, format
// newlines, operand counts; each case through Sscan and a plain reader.
package main

import (
	"fmt"
	"io"
	"strings"
)

type plain struct{ r io.Reader }

func (p plain) Read(b []byte) (int, error) { return p.r.Read(b) }

func both(name string, input string, f func(src string, rd io.Reader) (int, error, string)) {
	n, err, v := f(input, nil)
	n2, err2, v2 := f("", plain{strings.NewReader(input)})
	fmt.Printf("%s %q: %d %v %s | %d %v %s\n", name, input, n, err, v, n2, err2, v2)
}

func main() {
	ints := []string{"12abc", "0x1f", "-0b101", "+7", "0o17", "017", "1_000", "1__0", "0x", "- 5", "99999999999999999999", "", "  ", "\n5", "x"}
	for _, in := range ints {
		both("int", in, func(src string, rd io.Reader) (int, error, string) {
			var i int
			var n int
			var err error
			if rd == nil {
				n, err = fmt.Sscan(src, &i)
			} else {
				n, err = fmt.Fscan(rd, &i)
			}
			return n, err, fmt.Sprint(i)
		})
	}
	for _, in := range []string{"300", "255", "-1", "256x", "0x100"} {
		var u uint8
		n, err := fmt.Sscanf(in, "%d", &u)
		fmt.Println("u8", in, n, err, u)
		var i8 int8
		n, err = fmt.Sscanf(in, "%v", &i8)
		fmt.Println("i8", in, n, err, i8)
	}
	for _, in := range []string{"1.5abc", "1e", "1e+", "nan", "-Inf", "infinity", "0x1p4", "1.5p3", "1e400", "abc", ".5", "1_0.5"} {
		var f float64
		n, err := fmt.Sscan(in, &f)
		fmt.Println("f", in, n, err, f)
	}
	for _, in := range []string{"true", "TRUE", "tru", "t", "1", "0", "F", "fals", "yes", "trux"} {
		var b bool
		var s string
		n, err := fmt.Sscan(in, &b, &s)
		fmt.Printf("b %s %d %v %v %q\n", in, n, err, b, s)
	}
	var s string
	var bs []byte
	n, err := fmt.Sscanf("68656c6c6f zz", "%x %s", &s, &bs)
	fmt.Println(n, err, s, string(bs))
	n, err = fmt.Sscanf("6g", "%x", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("zz", "%x", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf(`"a\tb" `+"`raw x`", "%q %q", &s, &bs)
	fmt.Printf("%d %v %q %q\n", n, err, s, bs)
	n, err = fmt.Sscanf(`"abc`, "%q", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf(`abc`, "%q", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf(`"a\qb"`, "%q", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("50%", "%d%%", new(int))
	fmt.Println(n, err)
	n, err = fmt.Sscanf("50 x", "%d%%", new(int))
	fmt.Println(n, err)
	n, err = fmt.Sscanf("50", "%d %d", new(int))
	fmt.Println(n, err)
	n, err = fmt.Sscanf("50 60", "%d", new(int), new(int))
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%+d", new(int))
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%s", new(int))
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d", new(float64))
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d", new(bool))
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d", new(string))
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", 3)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", new([]int))
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", new(struct{}))
	fmt.Println(n, err)
	n, err = fmt.Sscanf("U+1F600", "%U", new(rune))
	fmt.Println(n, err)
	var r rune
	n, err = fmt.Sscanf("é", "%c", new(uint8))
	fmt.Println(n, err)
	n, err = fmt.Sscanf("abc", "%5")
	fmt.Println(n, err)
	n, err = fmt.Sscanf("abc", "abc%")
	fmt.Println(n, err)
	n, err = fmt.Sscanf("ab", "abc")
	fmt.Println(n, err, r)
	n, err = fmt.Sscanf("1\n2", "%d %d", new(int), new(int))
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d\n%d", new(int), new(int))
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n\n2", "%d\n%d", new(int), new(int))
	fmt.Println(n, err)
	n, err = fmt.Sscanf("12", "%d %d", new(int), new(int))
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2 3", new(int), new(int))
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 \r\n", new(int))
	fmt.Println(n, err)
	n, err = fmt.Sscanln("", new(int))
	fmt.Println(n, err)
	n, err = fmt.Sscan("\xffa", &s)
	fmt.Printf("%d %v %q\n", n, err, s)
	type Celsius float64
	var c Celsius
	n, err = fmt.Sscanf("36.6", "%d", &c)
	fmt.Println(n, err, c)
	type Name string
	var nm Name
	n, err = fmt.Sscanf("bob", "%d", &nm)
	fmt.Printf("%d %v %q\n", n, err, nm)

	n, err = fmt.Sscan("1 2", new(int))
	fmt.Println(n, err)
	n, err = fmt.Sscan("1.5p3 0x1.8p1 1p", new(float64), new(float64), new(float32))
	fmt.Println(n, err)
	var f1, f2 float64
	n, err = fmt.Sscan("1.5p3 0x1.8p1", &f1, &f2)
	fmt.Println(n, err, f1, f2)
	var i1, i2, i3 int
	n, err = fmt.Sscanf("1 2 3", "%d%d%d", &i1, &i2, &i3)
	fmt.Println(n, err, i1, i2, i3)
	n, err = fmt.Sscanf("  7", "%c", &r)
	fmt.Println(n, err, r)
	n, err = fmt.Sscanf("abc", "%2s%c", &s, &r)
	fmt.Println(n, err, s, r)
}

// Output:
// int "12abc": 1 <nil> 12 | 1 <nil> 12
// int "0x1f": 1 <nil> 31 | 1 <nil> 31
// int "-0b101": 1 <nil> -5 | 1 <nil> -5
// int "+7": 1 <nil> 7 | 1 <nil> 7
// int "0o17": 1 <nil> 15 | 1 <nil> 15
// int "017": 1 <nil> 15 | 1 <nil> 15
// int "1_000": 1 <nil> 1000 | 1 <nil> 1000
// int "1__0": 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 | 0 strconv.ParseInt: parsing "1__0": invalid syntax 0
// int "0x": 0 strconv.ParseInt: parsing "0x": invalid syntax 0 | 0 strconv.ParseInt: parsing "0x": invalid syntax 0
// int "- 5": 0 expected integer 0 | 0 expected integer 0
// int "99999999999999999999": 0 strconv.ParseInt: parsing "99999999999999999999": value out of range 0 | 0 strconv.ParseInt: parsing "99999999999999999999": value out of range 0
// int "": 0 EOF 0 | 0 EOF 0
// int "  ": 0 EOF 0 | 0 EOF 0
// int "\n5": 1 <nil> 5 | 1 <nil> 5
// int "x": 0 expected integer 0 | 0 expected integer 0
// u8 300 0 unsigned integer overflow on token 300 0
// i8 300 0 integer overflow on token 300 0
// u8 255 1 <nil> 255
// i8 255 0 integer overflow on token 255 0
// u8 -1 0 expected integer 0
// i8 -1 1 <nil> -1
// u8 256x 0 unsigned integer overflow on token 256 0
// i8 256x 0 integer overflow on token 256 0
// u8 0x100 1 <nil> 0
// i8 0x100 0 integer overflow on token 0x100 0
// f 1.5abc 1 <nil> 1.5
// f 1e 0 strconv.ParseFloat: parsing "1e": invalid syntax 0
// f 1e+ 0 strconv.ParseFloat: parsing "1e+": invalid syntax 0
// f nan 1 <nil> NaN
// f -Inf 1 <nil> -Inf
// f infinity 1 <nil> +Inf
// f 0x1p4 1 <nil> 16
// f 1.5p3 1 <nil> 12
// f 1e400 0 strconv.ParseFloat: parsing "1e400": value out of range 0
// f abc 0 strconv.ParseFloat: parsing "": invalid syntax 0
// f .5 1 <nil> 0.5
// f 1_0.5 1 <nil> 10.5
// b true 1 EOF true ""
// b TRUE 1 EOF true ""
// b tru 0 syntax error scanning boolean false ""
// b t 1 EOF true ""
// b 1 1 EOF true ""
// b 0 1 EOF false ""
// b F 1 EOF false ""
// b fals 0 syntax error scanning boolean false ""
// b yes 2 <nil> false "es"
// b trux 0 syntax error scanning boolean false ""
// 2 <nil> hello zz
// 0 illegal hex digit hello
// 0 no hex data for %x string hello
// 2 <nil> "a\tb" "raw x"
// 0 unexpected EOF
// 0 expected quoted string
// 0 invalid syntax
// 1 <nil>
// 1 missing literal %
// 1 too few operands for format '%d'
// 1 too many operands
// 0 bad verb '%+' for integer
// 0 bad verb '%s' for integer
// 0 bad verb '%d' for float64
// 0 bad verb '%d' for boolean
// 0 bad verb '%d' for string
// 0 type not a pointer: int
// 0 can't scan type: *[]int
// 0 can't scan type: *struct {}
// 1 <nil>
// 0 overflow on character value é
// 0 too few operands for format '%5'
// 0 missing verb: % at end of format string
// 0 unexpected EOF 0
// 1 newline in input does not match format
// 1 newline in format does not match input
// 1 unexpected newline
// 1 EOF
// 2 expected newline
// 1 <nil>
// 0 EOF
// 1 <nil> "�a"
// 1 <nil> 36.6
// 0 bad verb '%d' for string ""
// 1 <nil>
// 2 strconv.Atoi: parsing "1p": invalid syntax
// 2 <nil> 12 3
// 3 <nil> 1 2 3
// 1 <nil> 32
// 2 <nil> ab 99
