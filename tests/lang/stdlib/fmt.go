package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"strings"
)

type point struct {
	X, Y int
	name string
}

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type gopher struct{ n int }

func (g gopher) GoString() string { return fmt.Sprintf("Gopher(%d)", g.n) }

// money implements Formatter: it sees the verb, flags, width and precision.
type money int

func (m money) Format(f fmt.State, verb rune) {
	flags := ""
	for _, c := range "+-# 0" {
		if f.Flag(int(c)) {
			flags += string(c)
		}
	}
	w, wok := f.Width()
	p, pok := f.Precision()
	if !wok {
		w = -1
	}
	if !pok {
		p = -1
	}
	fmt.Fprintf(f, "money[%c flags=%q w=%d p=%d]%d", verb, flags, w, p, int(m))
}

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("myErr %d", e.code) }

type node struct {
	Val  int
	Next *node
}

type inner struct{ A []int }
type outer struct {
	I  inner
	M  map[string]int
	P  *int
	E  error
	F  func()
	An any
}

func main() {
	// Sprint spacing: a space between operands when neither is a string
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, true, false))
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("x", "y"), fmt.Sprint(), fmt.Sprint(nil, nil))
	fmt.Print("p", 1, 2, "\n")
	fmt.Println(fmt.Sprintln("a", 1, "b") == "a 1 b\n")

	// integers
	for _, f := range []string{"%d", "%+d", "% d", "%5d", "%-5d|", "%05d", "%x", "%X", "%#x", "%o", "%#o", "%O", "%b", "%c", "%q", "%U", "%#U", "%8.3d", "%v"} {
		fmt.Printf(f+" ", 42)
	}
	fmt.Println()
	fmt.Printf("%d %d %d %d\n", math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), int8(-128))
	fmt.Printf("%x %X %o %b\n", -255, uint8(200), -8, -5)
	fmt.Printf("%#x %#X % x\n", "hello", []byte("hi"), "abc")
	fmt.Printf("%x %X %x\n", []byte{}, "", []byte{0, 255})
	fmt.Printf("%c %c %c %q %q\n", 'A', 0x1F600, -1, 'x', 0x10FFFF+1)
	fmt.Printf("%U %#U %#U\n", 0x1F600, 'ä', -1)

	// floats, NaN and infinities
	for _, v := range []float64{0, -0.0 * -1, 1, -2.5, 1e21, 1e-7, 123456789, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN()} {
		fmt.Printf("%v|%g|%e|%.3f|%8.2f|%+v|%G|%x|%08.2f|% f\n", v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%v %v %v\n", float32(0.1), float32(math.Inf(1)), float32(16777216))
	fmt.Printf("%6.2f|%-8.3e|%+.1e|%#.0f|%#v|%#v\n", math.Pi, math.E, 12345.678, 3.0, 1.0, 1e6)
	fmt.Printf("%.*f|%*d|%-*d|%.*s\n", 2, math.Pi, 5, 42, 4, 7, 3, "abcdef")

	// strings
	fmt.Printf("%s|%q|%v|%10s|%-10s|%.2s|%x|%#q|%+q\n", "héllo", "héllo", "héllo", "hi", "hi", "héllo", "hi", "back`tick", "héllo")
	fmt.Printf("%q %q %#q %q\n", "", "\x00\t\n\"\\", "raw", "\xff\xfe")
	fmt.Printf("%s %v %q\n", []string{"a", "b"}, []string{}, []string{"x y", "z"})
	fmt.Printf("%5.1q|%s\n", "abc", []byte("bytes"))

	// bool, pointers-free composites
	fmt.Printf("%t %v %5t|%-6t|\n", true, false, true, false)
	p := point{1, -2, "pt"}
	fmt.Printf("%v|%+v|%#v\n", p, p, p)
	fmt.Printf("%v|%+v|%#v\n", []int{1, 2}, [2]bool{true}, []string{"a"})
	fmt.Printf("%v|%#v|%v\n", map[string]int{"b": 2, "a": 1}, map[int]string{2: "x", 1: "y"}, map[float64]int{math.NaN(): 1, 1: 2})
	fmt.Printf("%d|%x|%5d|%v\n", []int{10, 11}, []int{10, 255}, [3]int{1, 2, 3}, [][]int{{1}, {2, 3}, nil})
	var np *point
	var ni any
	var ns []int
	var nm map[string]int
	var ne error
	fmt.Printf("%v %v %v %v %v %#v %#v %#v\n", np, ni, ns, nm, ne, ns, nm, ni)
	fmt.Printf("%v %+v\n", &p, &p)
	fmt.Printf("%v\n", &node{1, nil})
	x := 5
	o := outer{I: inner{[]int{1}}, M: map[string]int{"k": 1}, P: nil, E: errors.New("bad"), An: 3}
	fmt.Printf("%v\n%+v\n", o, o)
	_ = x
	fmt.Printf("%#v %#v %#v %#v\n", int8(3), uint(7), "s", 'r')
	fmt.Printf("%T %T %T %T %T %T %T\n", p, &p, ni, ns, nm, o.E, money(1))
	fmt.Printf("%v %d\n", struct{}{}, struct{ A, B int }{1, 2})

	// Stringer, error, GoStringer, Formatter
	c := celsius(21.5)
	fmt.Println(c, []celsius{1, 2}, map[string]celsius{"in": 20})
	fmt.Printf("%v %s %d %.2f %q\n", c, c, c, c, c)
	fmt.Printf("%v %#v %+v\n", gopher{3}, gopher{3}, gopher{3})
	fmt.Printf("%v|%+8.2x|%-#d|% 05s\n", money(7), money(8), money(9), money(10))
	fmt.Println(money(11))
	var e error = &myErr{4}
	fmt.Println(e)
	fmt.Printf("%v %s %q %d\n", e, e, e, e)

	// Errorf and %w
	base := errors.New("base")
	w1 := fmt.Errorf("layer1: %w", base)
	w2 := fmt.Errorf("layer2: %w", w1)
	fmt.Println(w2, errors.Is(w2, base), errors.Unwrap(w2) == w1)
	w3 := fmt.Errorf("wrapped: %w", e)
	fmt.Println(w3, errors.Is(w3, base), errors.Is(w3, e))
	var me *myErr
	fmt.Println(errors.As(w3, &me), me.code)
	fmt.Println(fmt.Errorf("no wrap %d", 1), errors.Unwrap(fmt.Errorf("no wrap")) == nil)
	fmt.Println(fmt.Errorf("%w", nil))

	// bad verbs, missing and extra arguments
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%z %!\n", 1)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[3]d %[0]d|%[x]d\n", 1, 2)
	fmt.Printf("%.2t|%-+#v\n", true, 3)
	fmt.Printf("%!d|%\n", 5)
	fmt.Printf("%*d|%.*d\n", "w", 1, "p", 2)
	fmt.Printf("%v %v\n", nil, []any{nil, 1, "a"})
	fmt.Printf("100%%\n")

	// Fprint*, Sprint*, Append*
	fmt.Fprint(os.Stdout, "F", 1, "\n")
	fmt.Fprintln(os.Stdout, "Fln", 2)
	fmt.Fprintf(os.Stdout, "Ff %d\n", 3)
	var sb strings.Builder
	n, err := fmt.Fprintf(&sb, "%s-%d", "sb", 99)
	fmt.Println(sb.String(), n, err)
	b := fmt.Append(nil, "x", 1)
	b = fmt.Appendf(b, "|%03d", 7)
	b = fmt.Appendln(b, "|end")
	fmt.Printf("%q\n", b)
	n, err = fmt.Println("count me")
	fmt.Println(n, err)

	// huge and edge numbers
	fmt.Println(uint64(18446744073709551615), int64(-9223372036854775808))
	fmt.Printf("%.0f %.20f %g\n", 1e23, 0.1, 1e23)
	fmt.Printf("%v %v %v\n", math.Float64frombits(1), math.MaxFloat32, -math.SmallestNonzeroFloat64)
}

// Output:
// a1 2bc3.5 true false
// 1 2 xy  <nil> <nil>
// p1 2
// true
// 42 +42  42    42 42   | 00042 2a 2A 0x2a 52 052 0o52 101010 * '*' U+002A U+002A '*'      042 42 
// 9223372036854775807 -9223372036854775808 18446744073709551615 -128
// -ff C8 -10 -101
// 0x68656c6c6f 0X6869 61 62 63
//   00ff
// A 😀 � 'x' '�'
// U+1F600 U+00E4 'ä' U+FFFFFFFFFFFFFFFF
// 0|0|0.000000e+00|0.000|    0.00|0|0|0x0p+00|00000.00| 0.000000
// 0|0|0.000000e+00|0.000|    0.00|0|0|0x0p+00|00000.00| 0.000000
// 1|1|1.000000e+00|1.000|    1.00|1|1|0x1p+00|00001.00| 1.000000
// -2.5|-2.5|-2.500000e+00|-2.500|   -2.50|-2.5|-2.5|-0x1.4p+01|-0002.50|-2.500000
// 1e+21|1e+21|1.000000e+21|1000000000000000000000.000|1000000000000000000000.00|1e+21|1E+21|0x1.b1ae4d6e2ef5p+69|1000000000000000000000.00| 1000000000000000000000.000000
// 1e-07|1e-07|1.000000e-07|0.000|    0.00|1e-07|1E-07|0x1.ad7f29abcaf48p-24|00000.00| 0.000000
// 1.23456789e+08|1.23456789e+08|1.234568e+08|123456789.000|123456789.00|1.23456789e+08|1.23456789E+08|0x1.d6f3454p+26|123456789.00| 123456789.000000
// 1.7976931348623157e+308|1.7976931348623157e+308|1.797693e+308|179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000|179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00|1.7976931348623157e+308|1.7976931348623157E+308|0x1.fffffffffffffp+1023|179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00| 179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000
// 5e-324|5e-324|4.940656e-324|0.000|    0.00|5e-324|5E-324|0x1p-1074|00000.00| 0.000000
// +Inf|+Inf|+Inf|+Inf|    +Inf|+Inf|+Inf|+Inf|    +Inf| Inf
// -Inf|-Inf|-Inf|-Inf|    -Inf|-Inf|-Inf|-Inf|    -Inf|-Inf
// NaN|NaN|NaN|NaN|     NaN|NaN|NaN|NaN|     NaN| NaN
// 0.1 +Inf 1.6777216e+07
//   3.14|2.718e+00|+1.2e+04|3.|1|1e+06
// 3.14|   42|7   |abc
// héllo|"héllo"|héllo|        hi|hi        |hé|6869|"back`tick"|"h\u00e9llo"
// "" "\x00\t\n\"\\" `raw` "\xff\xfe"
// [a b] [] ["x y" "z"]
//   "a"|bytes
// true false  true|false |
// {1 -2 pt}|{X:1 Y:-2 name:pt}|main.point{X:1, Y:-2, name:"pt"}
// [1 2]|[true false]|[]string{"a"}
// map[a:1 b:2]|map[int]string{1:"y", 2:"x"}|map[NaN:1 1:2]
// [10 11]|[a ff]|[    1     2     3]|[[1] [2 3] []]
// <nil> <nil> [] map[] <nil> []int(nil) map[string]int(nil) <nil>
// &{1 -2 pt} &{X:1 Y:-2 name:pt}
// &{1 <nil>}
// {{[1]} map[k:1] <nil> bad <nil> 3}
// {I:{A:[1]} M:map[k:1] P:<nil> E:bad F:<nil> An:3}
// 3 0x7 "s" 114
// main.point *main.point <nil> []int map[string]int *errors.errorString main.money
// {} {1 2}
// 21.5°C [1.0°C 2.0°C] map[in:20.0°C]
// 21.5°C 21.5°C %!d(main.celsius=21.5) 21.50 "21.5°C"
// {3} Gopher(3) {n:3}
// money[v flags="" w=-1 p=-1]7|money[x flags="+" w=8 p=2]8|money[d flags="-#" w=-1 p=-1]9|money[s flags=" 0" w=5 p=-1]10
// money[v flags="" w=-1 p=-1]11
// myErr 4
// myErr 4 myErr 4 "myErr 4" &{4}
// layer2: layer1: base true true
// wrapped: myErr 4 false true
// true 4
// no wrap 1 true
// %!w(<nil>)
// %!d(string=str) %!s(int=5)
// %!z(int=1) %!!(MISSING)
// 1 %!d(MISSING)
// 1
// %!(EXTRA int=2, string=x)20 10 20
// %!d(BADINDEX) %!d(BADINDEX)|%!d(BADINDEX)
// true|3
// %!!(int=5)d|%!
// (MISSING)%!(BADWIDTH)1|%!(BADPREC)2
// <nil> [<nil> 1 a]
// 100%
// F1
// Fln 2
// Ff 3
// sb-99 5 <nil>
// "x1|007|end\n"
// count me
// 9 <nil>
// 18446744073709551615 -9223372036854775808
// 99999999999999991611392 0.10000000000000000555 1e+23
// 5e-324 3.4028234663852886e+38 -5e-324
