// Differential test of fmt's scanning: a fixed pseudo-random generator
// builds inputs from tokens (numbers in every base, floats, booleans,
// quoted strings, unicode, blanks, newlines, punctuation), formats from
// verbs, widths and literals, and operand lists (basic types and custom
// Scanners), then runs Sscan, Sscanln, Sscanf, Fscan, Fscanln, Fscanf on a
// plain reader and on a bufio.Reader, printing results, errors and the
// input left unread. The oracle compares all of it with Go.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

type point struct{ x, y int }

func (p *point) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	r, _, err := st.ReadRune()
	if err != nil {
		return err
	}
	if r != '(' {
		st.UnreadRune()
		return errors.New("point: no (")
	}
	_, err = fmt.Fscanf(st, "%d,%d)", &p.x, &p.y)
	return err
}

type letters string

func (w *letters) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(verb != 'c', unicode.IsLetter)
	*w = letters(tok)
	if wid, ok := st.Width(); ok {
		*w += letters(fmt.Sprint(wid))
	}
	return err
}

type oneRune struct{ r rune }

func (s *oneRune) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	r, _, err := st.ReadRune()
	s.r = r
	return err
}

type plain struct{ r *strings.Reader }

func (p plain) Read(b []byte) (int, error) { return p.r.Read(b) }

var seed uint32 = 12345

func next(n int) int {
	seed = seed*1103515245 + 12345
	return int(seed>>8) % n
}

var tokens = []string{"(1,2)", "(3, 4)", "(5,x)", "abc12", "(", "12", "-7",
	"+3", "0x1F", "0b11", "0o7", "017", "1_000", "abc", "true", "F", "1.5",
	"-2e3", "0x1p-2", "nan", "Inf", "é", "日本", "%", `"q\"s"`, "`bq`",
	"U+263A", "ff", "zz", " ", "  ", "\t", "\n", "\r\n", ",", ":", "(", ")",
	"x", "-", "300", "1e400", "99999999999999999999"}

var verbs = []string{"%d", "%v", "%s", "%q", "%x", "%c", "%t", "%f", "%g",
	"%3d", "%2s", "%5v", "%1c", "%U", "%o", "%b", "%%", " ", "\n", ",", ":",
	"-", "x", " %d", "%e", "%X"}

var modes = []string{"Sscan", "Sscanln", "Sscanf", "Fscan", "Fscanln",
	"Fscanf", "Bscan", "Bscanf"}

func operand(k int) any {
	switch k {
	case 0:
		return new(point)
	case 1:
		return new(letters)
	case 2:
		return new(oneRune)
	case 3:
		return new(int)
	case 4:
		return new(int8)
	case 5:
		return new(uint8)
	case 6:
		return new(uint)
	case 7:
		return new(int64)
	case 8:
		return new(float64)
	case 9:
		return new(float32)
	case 10:
		return new(string)
	case 11:
		return new(bool)
	case 12:
		return new(rune)
	}
	return new([]byte)
}

func show(vals []any) string {
	s := ""
	for _, v := range vals {
		switch x := v.(type) {
		case *[]byte:
			s += fmt.Sprintf(" %q", string(*x))
		case *string:
			s += fmt.Sprintf(" %q", *x)
		case *letters:
			s += fmt.Sprintf(" %q", string(*x))
		case *float32:
			s += fmt.Sprint(" ", *x)
		case *float64:
			s += fmt.Sprint(" ", *x)
		case *int:
			s += fmt.Sprint(" ", *x)
		case *int8:
			s += fmt.Sprint(" ", *x)
		case *uint8:
			s += fmt.Sprint(" ", *x)
		case *uint:
			s += fmt.Sprint(" ", *x)
		case *int64:
			s += fmt.Sprint(" ", *x)
		case *bool:
			s += fmt.Sprint(" ", *x)
		case *rune:
			s += fmt.Sprint(" ", *x)
		case *point:
			s += fmt.Sprint(" ", *x)
		case *oneRune:
			s += fmt.Sprint(" ", *x)
		}
	}
	return s
}

func run(i int, mode, in, format string, vals []any) {
	var n int
	var err error
	sr := strings.NewReader(in)
	rd := plain{sr}
	rest := ""
	switch mode {
	case "Sscan":
		n, err = fmt.Sscan(in, vals...)
	case "Sscanln":
		n, err = fmt.Sscanln(in, vals...)
	case "Sscanf":
		n, err = fmt.Sscanf(in, format, vals...)
	case "Fscan":
		n, err = fmt.Fscan(rd, vals...)
	case "Fscanln":
		n, err = fmt.Fscanln(rd, vals...)
	case "Fscanf":
		n, err = fmt.Fscanf(rd, format, vals...)
	case "Bscan", "Bscanf":
		br := bufio.NewReader(sr)
		if mode == "Bscan" {
			n, err = fmt.Fscan(br, vals...)
		} else {
			n, err = fmt.Fscanf(br, format, vals...)
		}
		b, _ := io.ReadAll(br)
		rest = string(b)
	}
	fmt.Printf("%d %s %q %q: n=%d err=%v left=%d%q%s\n", i, mode, in, format,
		n, err, sr.Len(), rest, show(vals))
}

func main() {
	for i := 0; i < 300; i++ {
		in := ""
		for k := next(6); k > 0; k-- {
			in += tokens[next(len(tokens))]
		}
		format := ""
		for k := next(5); k > 0; k-- {
			format += verbs[next(len(verbs))]
		}
		var vals []any
		for k := next(4); k > 0; k-- {
			vals = append(vals, operand(next(14)))
		}
		run(i, modes[next(len(modes))], in, format, vals)
	}
}

// Output:
// 0 Bscan "" "": n=0 err=<nil> left=0""
// 1 Bscanf "(1,2)%12U+263A" "": n=0 err=<nil> left=0"(1,2)%12U+263A"
// 2 Bscan "" "%f": n=0 err=EOF left=0"" 0
// 3 Bscan "日本abc0b11-2e3" "%e%%%o": n=0 err=strconv.ParseFloat: parsing "": invalid syntax left=0"日本abc0b11-2e3" 0 0
// 4 Sscanln "1.5\"q\\\"s\"zz" " %e-%e": n=0 err=expected newline left=11""
// 5 Fscanln "\"q\\\"s\"" "%x%3d%t%g": n=0 err=expected newline left=5""
// 6 Bscanf "" "%1c:-": n=0 err=EOF left=0"" 0 "" {0 0}
// 7 Sscanf ")017" "%f%g\n": n=1 err=bad verb '%g' for integer left=4"" {41} 0 ""
// 8 Sscanln "(1,2)abc12017,1_000" "": n=1 err=<nil> left=19"" "(1,2)abc12017,1_000"
// 9 Fscanln "\"q\\\"s\",U+263A" "": n=0 err=expected newline left=12""
// 10 Bscan ")" "": n=0 err=expected integer left=0")" 0 0
// 11 Fscan "\n" "%2s": n=0 err=unexpected EOF left=0"" {0 0} 0
// 12 Fscanf "\t017017`bq`1_000" "%b%t-": n=0 err=bad verb '%b' for string left=14"" "" {0 0}
// 13 Fscan ",(1212F" "": n=1 err=<nil> left=6"" false
// 14 Sscan "-abc12ff" "": n=0 err=<nil> left=8""
// 15 Sscanln "%-zz(" "%1c%f%1c": n=0 err=expected integer left=5"" 0 {0}
// 16 Sscanf "(:ff+3" "%v%d-": n=0 err=expected integer left=6"" {0 0} 0 ""
// 17 Bscanf "F%\t,0b11" "%%": n=0 err=missing literal % left=0"F%\t,0b11"
// 18 Bscan "-71.5U+263A-2e3abc" "%cx": n=0 err=expected integer left=0"-71.5U+263A-2e3abc" 0 ""
// 19 Sscan "(12nan\t" "%o%q%e": n=0 err=<nil> left=7""
// 20 Bscanf "\n(" "%q": n=0 err=unexpected newline left=0"(" 0 false 0
// 21 Sscan "" "": n=0 err=EOF left=0"" 0 0
// 22 Sscanln "(:" "\n%v%f": n=0 err=expected newline left=2""
// 23 Sscanf "" "%1c%2s%%%5v": n=0 err=too few operands for format '%c%2s%%%5v' left=0""
// 24 Fscan "0170o7日本" ",%o, ": n=0 err=point: no ( left=11"" {0 0}
// 25 Fscanln "true\"q\\\"s\"" "x %f": n=1 err=expected newline left=5"" true
// 26 Sscanf "" "%5v,-%1c": n=1 err=unexpected EOF left=0"" "5" 0 ""
// 27 Bscan "0b11%\r\n(" "%q%2s%o": n=2 err=<nil> left=0"%\r\n(" "" 3
// 28 Fscan "`bq`99999999999999999999)" "%U": n=1 err=<nil> left=24"" false
// 29 Fscanln "\n" "%o%g-": n=0 err=unexpected newline left=0"" 0 0
// 30 Bscanf "Inf  ," "%b%3d": n=1 err=expected integer left=0"," +Inf 0
// 31 Fscanf "(zz(1,2)" "x": n=0 err=input does not match format left=7"" "" 0
// 32 Bscan ")ff" "%2s": n=1 err=EOF left=0"" ")ff" false
// 33 Sscan "0o7" "": n=1 err=<nil> left=3"" 7
// 34 Sscanln "" "%3d%e%2s": n=0 err=<nil> left=0""
// 35 Fscan "" ",": n=0 err=EOF left=0"" 0 0 0
// 36 Fscanln "(,é(5,x)" "%c": n=0 err=expected newline left=8""
// 37 Fscanln "" "%f%q": n=0 err=EOF left=0"" 0
// 38 Sscanln "" "": n=0 err=<nil> left=0""
// 39 Sscanln "(3, 4)0o7(3, 4)" ",%U": n=0 err=expected integer left=15"" 0 0 0
// 40 Sscan "  日本 " "": n=0 err=expected integer left=9"" 0 ""
// 41 Fscanf "é(3, 4)999999999999999999990x1Fabc12" " ": n=0 err=expected space in input to match format left=35"" 0 {0}
// 42 Sscan "zz017abc12ff" "%q:%3d%%": n=0 err=strconv.ParseFloat: parsing "": invalid syntax left=12"" 0 0 0
// 43 Sscanln "" ":%d%v%%": n=0 err=<nil> left=0""
// 44 Sscanf "0o7" "%x": n=1 err=<nil> left=3"" 0
// 45 Sscan "" "-%f%5v": n=0 err=EOF left=0"" ""
// 46 Sscanln "nanézz(1,2)-2e3" "%t%%%U": n=0 err=expected newline left=16""
// 47 Fscanln "  017true0x1F" "%3d%1c%g": n=1 err=point: no ( left=7"" 15 {0 0}
// 48 Fscan "+31.5\r\n(1,2)" "%c  ": n=1 err=<nil> left=6"" 31.5
// 49 Bscanf "" "": n=0 err=too many operands left=0"" {0} 0 ""
// 50 Sscan "U+263A" "%c": n=0 err=point: no ( left=6"" {0 0}
// 51 Sscan "99999999999999999999" "\n%3d%d": n=0 err=<nil> left=20""
// 52 Bscan "zz(5,x)\n" "%b": n=1 err=<nil> left=0"\n" "zz(5,x)"
// 53 Sscanf "" "%q x%g": n=0 err=EOF left=0"" 0 ""
// 54 Bscanf "017(1,2)0x1p-2U+263A" " %d%s%3d%o": n=0 err=expected space in input to match format left=0"17(1,2)0x1p-2U+263A"
// 55 Sscanf "-2e3abc1212" "%g%2s": n=0 err=too few operands for format '%g%2s' left=11""
// 56 Sscan "1e4001.599999999999999999999)" "%%%q%c-": n=0 err=strconv.ParseFloat: parsing "1e4001": value out of range left=29"" 0 ""
// 57 Sscanf "-Inf017(5,x)(" "%2s %e": n=1 err=expected space in input to match format left=13"" {45} 0
// 58 Fscanf "12" "%U ": n=0 err=too few operands for format '%U ' left=1""
// 59 Bscan "" ":%g": n=0 err=EOF left=0"" false false ""
// 60 Bscanf "(5,x)FInf" "": n=0 err=too many operands left=0"(5,x)FInf" 0
// 61 Sscanf "0171_000abc12" "%%%b %d%s": n=0 err=missing literal % left=13"" 0 0
// 62 Fscanln "zz\"q\\\"s\"" "%s": n=0 err=expected integer left=7"" 0
// 63 Sscan "(1,2)%1e400abcff" "%X": n=0 err=expected integer left=16"" 0 {0 0} false
// 64 Bscan "F300日本abc12" "%1cx%b": n=0 err=point: no ( left=0"F300日本abc12" {0 0} 0 {0 0}
// 65 Sscan "017 (5,x)\"q\\\"s\"" "%U%%": n=0 err=<nil> left=15""
// 66 Sscanln "" ":%f": n=0 err=<nil> left=0""
// 67 Fscanf "abc  日本é" " %d%2s %d": n=0 err=expected space in input to match format left=12"" false {0}
// 68 Bscanf "日本\r\n" "%v": n=1 err=<nil> left=0"\r\n" "日本"
// 69 Bscanf "1e400日本FF  " "%s-x": n=0 err=bad verb '%s' for float32 left=0"1e400日本FF  " 0 ""
// 70 Bscan "-nan\t)" ":%s%X%t": n=0 err=<nil> left=0"-nan\t)"
// 71 Fscanln "\r\n\n300  " "%q%g%d": n=0 err=unexpected newline left=6"" {0} ""
// 72 Sscanf "\t  12xnan" "%t%v:%1c": n=0 err=bad verb '%t' for string left=9"" "" {0}
// 73 Bscanf "" "%2s%q": n=0 err=bad verb '%s' for float64 left=0"" 0
// 74 Bscanf "(5,x)  " ":": n=0 err=input does not match format left=0"(5,x)  " 0 0 0
// 75 Fscanln "" "%b%5v:%5v": n=0 err=EOF left=0"" 0 0 0
// 76 Fscanf "éff99999999999999999999-99999999999999999999" "-:": n=0 err=input does not match format left=43"" false 0
// 77 Fscanf "0o7\r\nff(-7" "": n=0 err=too many operands left=10"" {0} 0
// 78 Sscanln "" "-%2s": n=0 err=EOF left=0"" 0 0
// 79 Fscanf "" "%q%3d": n=0 err=EOF left=0"" 0
// 80 Bscanf "ffInféabc日本" "%o%q%t": n=0 err=too few operands for format '%o%q%t' left=0"ffInféabc日本"
// 81 Fscanf "nané\n99999999999999999999" "%b": n=0 err=point: no ( left=25"" {0 0} 0 ""
// 82 Fscan "xffzz" "%x%2s": n=1 err=EOF left=0"" "xffzz" "" 0
// 83 Fscanln "zz" "%2s": n=1 err=<nil> left=0"" "zz"
// 84 Bscan "(5,x)" "%q": n=0 err=<nil> left=0"(5,x)"
// 85 Fscanf "(1e400FInf" "": n=0 err=too many operands left=10"" {0} 0 0
// 86 Bscanf "" "%X %d%1c": n=0 err=too few operands for format '%X %d%1c' left=0""
// 87 Bscanf "" "%q%e": n=0 err=EOF left=0"" 0 0
// 88 Fscanln "300F(5,x)" "%U:,": n=1 err=expected newline left=8"" ""
// 89 Bscanf "x" ",%v%g%s": n=0 err=input does not match format left=0"x" "" 0 0
// 90 Fscanf "1_000" "%x%s%e%U": n=0 err=bad verb '%x' for float32 left=4"" 0 "" false
// 91 Sscanf "-2e3+3" "x%q": n=0 err=input does not match format left=6"" "" 0
// 92 Sscanf "017)F" "%d%v%U%1c": n=1 err=expected integer left=5"" 17 0 0
// 93 Bscanf "\t99999999999999999999" "%f%c": n=0 err=too few operands for format '%f%c' left=0"99999999999999999999"
// 94 Bscanf "-2e3-" "": n=0 err=too many operands left=0"-2e3-" "" 0
// 95 Sscanln "(1,2)1e400 " "": n=1 err=EOF left=11"" "(1,2)1e400" "" 0
// 96 Bscan "-2e3abc12((99999999999999999999" "": n=1 err=EOF left=0"" "-2e3abc12((99999999999999999999" 0 0
// 97 Sscanln "\r\nabcabc017F" "%1c": n=0 err=unexpected newline left=12"" 0 "" false
// 98 Fscanf "zzF0x1p-2" " %%%e": n=0 err=expected space in input to match format left=8"" 0
// 99 Bscan "abc12)-2e3" "%3d%U": n=0 err=<nil> left=0"abc12)-2e3"
// 100 Bscanf ",(3, 4)0x1p-2" "%o:\n": n=1 err=input does not match format left=0"(3, 4)0x1p-2" {44}
// 101 Bscan "" "": n=0 err=EOF left=0"" ""
// 102 Sscanf "Infabc12" "%5v": n=1 err=too many operands left=8"" "Infab" {0}
// 103 Fscanf ",(  abc+3" "%v%5v%e": n=2 err=bad verb '%e' for string left=4"" {44} "(" ""
// 104 Sscanf "x" "%X%2s": n=0 err=too few operands for format '%X%2s' left=1""
// 105 Sscanf "(017" "": n=0 err=too many operands left=4"" {0 0} ""
// 106 Fscanf ")0x1F:" "%c: x": n=0 err=too few operands for format '%c: x' left=6""
// 107 Fscanln "+3" "%x%b": n=0 err=expected newline left=1""
// 108 Sscan ")abc日本12" "%c%5v%e": n=1 err=expected integer left=12"" {41} 0 0
// 109 Bscan "abc1212," " %d": n=0 err=expected integer left=0"abc1212," 0 0
// 110 Sscanln "%" "%v": n=1 err=EOF left=1"" false 0
// 111 Fscan "%300" "%s%c": n=0 err=expected integer left=3"" 0 0
// 112 Bscan "zz-70o7`bq``bq`" "%q": n=0 err=expected integer left=0"zz-70o7`bq``bq`" 0
// 113 Sscan "" "%v%q%b%t": n=0 err=EOF left=0"" 0
// 114 Bscan ",0b11nan," "%o%f": n=1 err=<nil> left=0"0b11nan," {44}
// 115 Bscan "Inf%0o7F" " %d": n=0 err=expected integer left=0"Inf%0o7F" 0 0 0
// 116 Sscanln "" "%x %d": n=0 err=EOF left=0"" 0 ""
// 117 Fscanln "\nabc12(5,x)0x1F" ",%%": n=0 err=unexpected newline left=14"" "" "" 0
// 118 Fscan "017" "%q%1c%b": n=1 err=<nil> left=0"" "017"
// 119 Sscan "(" "%b%d": n=0 err=expected integer left=1"" 0
// 120 Fscanln "0x1p-2trueInf" "%1c": n=1 err=expected integer left=9"" 1 0
// 121 Sscanf "xF" "%e\n": n=0 err=bad verb '%e' for string left=2"" ""
// 122 Fscanln "\n" ":": n=0 err=<nil> left=0""
// 123 Fscan "" "%g%X%b": n=0 err=unexpected EOF left=0"" {0} "" false
// 124 Sscan "abc-7" "%o%g": n=0 err=<nil> left=5""
// 125 Sscan "3000x1F1e400\r\n" ",%s": n=0 err=<nil> left=14""
// 126 Bscan "" "": n=0 err=unexpected EOF left=0"" {0}
// 127 Fscanln "1e400Inf+31e4001.5" "%b": n=1 err=expected newline left=16"" 1
// 128 Sscan "\"q\\\"s\"\n\t300`bq`" " ": n=1 err=<nil> left=15"" false
// 129 Bscan "99999999999999999999nan" "%c%d%v,": n=1 err=EOF left=0"" "99999999999999999999nan" 0 {0}
// 130 Fscanln "(3, 4)abc12" "": n=1 err=expected newline left=4"" {3 4}
// 131 Fscan "日本0x1p-2" "%f": n=0 err=expected integer left=9"" 0 0 0
// 132 Fscan "abc12`bq`0o7Inf1_000" "%2s%q%o%2s": n=0 err=expected integer left=19"" 0
// 133 Bscan "12-1.5" "%c%s ": n=1 err=EOF left=0"" "12-1.5" 0 ""
// 134 Sscanln "é" "%x ": n=0 err=expected integer left=2"" 0 {0}
// 135 Fscanln "Fx(0x1FF" "%f%1c%t": n=1 err=expected newline left=6"" {70}
// 136 Sscan "" "%X%o": n=0 err=EOF left=0"" 0 0
// 137 Bscanf "" "%X": n=0 err=EOF left=0"" "" 0
// 138 Sscan "0o7`bq`" "%g%5v%b": n=0 err=<nil> left=7""
// 139 Sscanln "" "": n=0 err=EOF left=0"" ""
// 140 Fscanf "" "%g": n=0 err=EOF left=0"" 0
// 141 Fscanln "0b11" "-%1c%c": n=1 err=expected newline left=3"" ""
// 142 Fscanln "99999999999999999999)\"q\\\"s\"`bq`" "%3d%d": n=0 err=strconv.ParseInt: parsing "99999999999999999999": value out of range left=10"" 0 {0 0}
// 143 Bscanf "(5,x)  " ",%2s%U%%": n=0 err=input does not match format left=0"(5,x)  " 0 "" {0}
// 144 Bscan "nan99999999999999999999Inf" "%x%q%d %d": n=1 err=EOF left=0"" "nan99999999999999999999Inf" 0 {0}
// 145 Bscan "\"q\\\"s\"\nff(3, 4)99999999999999999999" "%b%%,%s": n=0 err=expected integer left=0"\"q\\\"s\"\nff(3, 4)99999999999999999999" 0
// 146 Sscanln "017é" "%q,%t%d": n=1 err=point: no ( left=5"" "" {0 0} 0
// 147 Bscan ")12nan-2e3abc" "%e%X ": n=1 err=expected integer left=0")12nan-2e3abc" "" 0 false
// 148 Fscanf "(  " "%g": n=0 err=bad verb '%g' for integer left=2"" 0 {0 0}
// 149 Fscan "1_0000x1p-2日本ff日本" " %d%g%e-": n=0 err=<nil> left=25""
// 150 Fscanln "-" "%v%d%5v": n=0 err=strconv.ParseFloat: parsing "-": invalid syntax left=0"" 0
// 151 Bscanf "Inf999999999999999999991e400" "\n\n": n=0 err=newline in format does not match input left=0"nf999999999999999999991e400"
// 152 Sscan "(日本`bq`12" "xx": n=0 err=<nil> left=13""
// 153 Bscan "abc12" "%x": n=0 err=strconv.ParseFloat: parsing "": invalid syntax left=0"abc12" 0 false
// 154 Sscanln "abc(1,2))300" "": n=1 err=expected newline left=12"" {97}
// 155 Bscan "(1,2)017`bq`F" "%2s%q": n=0 err=expected integer left=0"(1,2)017`bq`F" 0 0
// 156 Sscanln "12Inf" "": n=1 err=expected integer left=5"" 12 0
// 157 Fscan "abc12" ",": n=0 err=expected integer left=4"" 0
// 158 Sscanln "-2e3(" "%%%s": n=0 err=expected newline left=5""
// 159 Sscanf "0x1F99999999999999999999" "": n=0 err=too many operands left=24"" false 0
// 160 Fscanf "(5,x)+3\t" "%5v%t": n=0 err=strconv.ParseFloat: parsing "": invalid syntax left=7"" 0 ""
// 161 Fscanf "" "%5v": n=0 err=too few operands for format '%v' left=0""
// 162 Fscanln "\n(zz0b11abc12" ", ": n=0 err=unexpected newline left=12"" {0} "" 0
// 163 Fscan "\n3000o70x1F" "%q-%e%U": n=1 err=EOF left=0"" "3000o70x1F" 0
// 164 Fscanln "99999999999999999999" "%%%e%U": n=3 err=<nil> left=0"" "" {57} "9999999999999999999"
// 165 Sscanf "999999999999999999991e400 \r\n" "x%x": n=0 err=input does not match format left=28"" false 0 {0}
// 166 Bscanf "zzff" "%X": n=1 err=<nil> left=0"" "zzff"
// 167 Bscanf "99999999999999999999abc" "%t%g%b%2s": n=0 err=bad verb '%t' for float64 left=0"99999999999999999999abc" 0
// 168 Fscan "" "%d": n=0 err=<nil> left=0""
// 169 Fscan "0b1130012," "%o%%%X": n=0 err=<nil> left=10""
// 170 Fscanf "-7Inf99999999999999999999" "%5v%v\n": n=0 err=too few operands for format '%v%v
// ' left=24""
// 171 Sscanf "" "\n%x%3d": n=0 err=bad verb '%x' for float32 left=0"" 0 0 ""
// 172 Sscan "" "%c%2s%d": n=0 err=EOF left=0"" 0
// 173 Sscan "`bq`日本日本+3" "%d %xx": n=0 err=expected integer left=18"" 0 0
// 174 Fscanln ":x(3, 4)1e400\t" "%t%c": n=0 err=expected newline left=13""
// 175 Bscan "" "%g%g\n": n=0 err=<nil> left=0""
// 176 Bscan "99999999999999999999" "-%sx:": n=1 err=EOF left=0"" "99999999999999999999" 0
// 177 Sscan "" "%v%x": n=0 err=EOF left=0"" 0 0
// 178 Fscan "1_000) " "": n=0 err=<nil> left=7""
// 179 Fscanf "(" "%f%b %d%b": n=0 err=bad verb '%f' for integer left=0"" 0 ""
// 180 Fscanln "Inf`bq`F" "%3d": n=0 err=expected integer left=7"" 0 "" 0
// 181 Sscanln "+3((3, 4)" "%1c%d%v": n=0 err=expected integer left=9"" 0
// 182 Fscan "99999999999999999999" "%3d ": n=1 err=strconv.ParseUint: parsing "99999999999999999999": value out of range left=0"" "" 0 0
// 183 Fscan "" "%x%v%o": n=0 err=<nil> left=0""
// 184 Sscanln "日本Inf\té" "%c-": n=0 err=expected newline left=12""
// 185 Sscan "(3, 4)0x1F99999999999999999999" "%U%b": n=0 err=<nil> left=30""
// 186 Sscanln "300\n\r\n" ",": n=1 err=unexpected newline left=6"" 300 {0}
// 187 Bscanf "zz+3x" "%3d%d": n=0 err=bad verb '%d' for float64 left=0"zz+3x" 0 0
// 188 Sscanln "" "\n%X%2s%g": n=0 err=EOF left=0"" 0 {0} 0
// 189 Fscan "0170x1F日本-2e3abc12" ",%o": n=1 err=strconv.ParseFloat: parsing "": invalid syntax left=17"" 120 0
// 190 Fscanf "\n-F-12" "": n=0 err=too many operands left=6"" "" 0 0
// 191 Fscan "0x1p-2(3, 4)" "%2s%2s": n=1 err=expected integer left=10"" false 0 0
// 192 Fscanln "nan:(5,x)\"q\\\"s\"1_000" "%b": n=0 err=expected integer left=19"" 0 0 ""
// 193 Fscanf "0x1F" "": n=0 err=too many operands left=4"" "" 0
// 194 Fscan "U+263A\t0x1F\"q\\\"s\"0x1p-2" "%2s%v": n=0 err=expected integer left=22"" 0
// 195 Sscan "" "": n=0 err=unexpected EOF left=0"" {0 0} 0 ""
// 196 Fscanln "" "%U%1c,": n=0 err=EOF left=0"" 0 false
// 197 Fscanln "1.599999999999999999999(3, 4)\"q\\\"s\"" "xx": n=1 err=expected newline left=34"" ""
// 198 Fscan "nan+3é" "%s%c%1c%X": n=0 err=<nil> left=7""
// 199 Fscan "%(\n日本é" "%d%cx%o": n=0 err=<nil> left=11""
// 200 Sscanln "1e4001.5" "%q%3d %d-": n=1 err=EOF left=8"" "1e4001.5" 0 0
// 201 Fscanln "%(" "%v%U\n": n=0 err=expected integer left=1"" 0
// 202 Fscanln ",-" "%1c-\n": n=0 err=expected integer left=1"" 0 0
// 203 Bscan "-70b11\n" "%d%s%g%%": n=1 err=<nil> left=0"\n" "-70b11"
// 204 Sscanf "" "%2s%v%e%x": n=0 err=too few operands for format '%s%v%e%x' left=0""
// 205 Sscanln "\r\n" "%b%s%X": n=0 err=unexpected newline left=2"" {0 0} 0
// 206 Bscan "0o7(3, 4)Inf" "": n=0 err=<nil> left=0"0o7(3, 4)Inf"
// 207 Bscan "" ":%d": n=0 err=EOF left=0"" 0 {0 0}
// 208 Fscan "日本" "": n=0 err=<nil> left=6""
// 209 Sscanf "abc" "%e\n%X": n=0 err=point: no ( left=3"" {0 0}
// 210 Bscan "0b11F%1_000" "x%b:%o": n=1 err=expected integer left=0"F%1_000" 3 0 false
// 211 Fscan "日本,-1e400`bq`" "": n=0 err=<nil> left=17""
// 212 Bscan "0b11\"q\\\"s\"" "": n=2 err=EOF left=0"" 3 "\"q\\\"s\"" 0
// 213 Bscanf "1_0000x1F017" " %d:\n": n=0 err=expected space in input to match format left=0"_0000x1F017" 0 {0} 0
// 214 Fscanf ":" "%3d%%": n=0 err=expected integer left=0"" 0 false
// 215 Sscanln "" "%x%2s%q%5v": n=0 err=EOF left=0"" 0
// 216 Fscanf "abcé" "%o %d%%": n=0 err=bad verb '%o' for float64 left=4"" 0 0
// 217 Sscanf "U+263Aabc120x1p-212" "%q,%v%f": n=0 err=bad verb '%q' for float64 left=19"" 0
// 218 Fscanf "é(5,x)" "%qx,": n=0 err=too few operands for format '%qx,' left=5""
// 219 Sscan "1e400x" "%f%2s%b:": n=0 err=point: no ( left=6"" {0 0} 0 {0 0}
// 220 Bscanf "12" "%c%e%3d": n=0 err=point: no ( left=0"12" {0 0}
// 221 Bscan "Infabc12\r\n\"q\\\"s\"300" "x%b %q": n=0 err=<nil> left=0"Infabc12\r\n\"q\\\"s\"300"
// 222 Sscanf "\n-7" "": n=0 err=<nil> left=3""
// 223 Fscan "F 3000x1FU+263A" "%g": n=1 err=<nil> left=13"" "F"
// 224 Bscanf "" "%2s%e": n=0 err=unexpected EOF left=0"" {0 0}
// 225 Sscan ")\tnan" "%b\n,": n=0 err=strconv.ParseFloat: parsing "": invalid syntax left=5"" 0 0
// 226 Sscanln "" "": n=0 err=EOF left=0"" 0 ""
// 227 Sscanf "1_0000x1p-2%" "%t%t": n=0 err=bad verb '%t' for integer left=12"" 0 0
// 228 Sscan "12\"q\\\"s\"x017  " " %d": n=1 err=<nil> left=14"" 12
// 229 Fscanln "(5,x)zz-" "x%5v": n=2 err=unexpected EOF left=0"" "(5,x)zz-" "" {0}
// 230 Sscanf "x((3, 4)Inf(" "%v,%t": n=0 err=too few operands for format '%v,%t' left=12""
// 231 Bscan "trueF`bq`\r\n" "": n=0 err=<nil> left=0"trueF`bq`\r\n"
// 232 Sscanln "(x12" "%q%b%c": n=1 err=expected integer left=4"" false 0 false
// 233 Fscanln "(1,2)" "%s ": n=0 err=expected integer left=4"" 0 0
// 234 Sscanf "(5,x)zzff" "%f%b%s%q": n=0 err=bad verb '%f' for integer left=9"" 0 0 ""
// 235 Fscanln "abc(3, 4)abc" "%2s%c": n=2 err=expected newline left=9"" false false
// 236 Sscan "(3, 4)日本日本0x1p-2" "x": n=0 err=expected integer left=24"" 0 {0 0}
// 237 Sscan "`bq`(:  " "-": n=0 err=<nil> left=8""
// 238 Fscan "true(`bq`" "%f%d%%%o": n=0 err=expected integer left=8"" 0
// 239 Sscanln "+3" "": n=0 err=expected newline left=2""
// 240 Sscanln "1e4003000b110b11017" "": n=0 err=expected newline left=19""
// 241 Sscan "abc12" "%X%s%5v": n=1 err=<nil> left=5"" "abc"
// 242 Fscanln "" ",": n=0 err=EOF left=0"" "" 0 false
// 243 Fscan "true0o7x300" "%v %d ": n=0 err=point: no ( left=10"" {0 0} 0 ""
// 244 Sscanln "(3, 4)0x1F" "": n=1 err=expected newline left=10"" {40}
// 245 Sscanf "99999999999999999999017)x" "": n=0 err=too many operands left=25"" 0 0 {0}
// 246 Sscanln "\r\n,x(3, 4):" "%f": n=0 err=unexpected newline left=11"" 0 {0}
// 247 Sscan "-7" "%1c%q,-": n=1 err=<nil> left=2"" -7
// 248 Fscanln "`bq``bq`日本" "%v": n=0 err=expected integer left=13"" 0
// 249 Fscanf "300" ":%v%v%3d": n=0 err=input does not match format left=2"" 0
// 250 Sscanln "ff-" "%t%s%%": n=0 err=strconv.ParseFloat: parsing "": invalid syntax left=3"" 0
// 251 Fscanln "\r\n300ff" "%f": n=0 err=unexpected newline left=5"" 0
// 252 Bscanf "" "x%b%5v": n=0 err=unexpected EOF left=0"" 0 "" {0 0}
// 253 Sscan "U+263A  \n(3, 4)abc" "": n=1 err=<nil> left=18"" {85}
// 254 Bscan "\"q\\\"s\"-7abc1e400" " %d%c": n=0 err=<nil> left=0"\"q\\\"s\"-7abc1e400"
// 255 Bscan "0x1Fnan" "": n=0 err=<nil> left=0"0x1Fnan"
// 256 Sscanf "" "%v%s": n=0 err=too few operands for format '%v%s' left=0""
// 257 Fscanln "" " %d %d%c": n=0 err=EOF left=0"" 0 0
// 258 Bscan "  " "%%%2s": n=0 err=EOF left=0"" 0
// 259 Bscan "" "%ox%d": n=0 err=<nil> left=0""
// 260 Sscan "(1,2)-2e3" "": n=0 err=expected integer left=9"" 0 0 ""
// 261 Fscanf "017)\t0x1p-2\r\n" "": n=0 err=<nil> left=13""
// 262 Fscanf ":(300zz" ":%o %d%c": n=0 err=too few operands for format '%o %d%c' left=5""
// 263 Sscanln "+3300" "-,%q\n": n=1 err=unexpected EOF left=5"" 3300 {0}
// 264 Sscan "99999999999999999999(1,2)(5,x)U+263A0x1F" "%b%f": n=2 err=expected integer left=40"" {57} 1e+19 0
// 265 Sscanf "" "": n=0 err=<nil> left=0""
// 266 Fscanln "0o7(5,x)\r\n  " "%g%o%5v%v": n=1 err=strconv.ParseFloat: parsing "": invalid syntax left=8"" 7 0 0
// 267 Fscanln "0o712+3" "\n%%%e%c": n=0 err=unsigned integer overflow on token 0o712 left=1"" 0 0
// 268 Fscanln "true\n" "%o": n=0 err=expected integer left=4"" 0 0
// 269 Fscanln "(1,2)1e400(3, 4)" "%s%e%d%g": n=0 err=expected integer left=15"" 0 ""
// 270 Fscanf "abc1299999999999999999999éabcé" "%f:%b": n=0 err=bad verb '%f' for integer left=31"" 0 ""
// 271 Sscan "" "": n=0 err=EOF left=0"" 0 "" 0
// 272 Bscanf "\"q\\\"s\"(1e400" "%d%e%5v": n=0 err=too few operands for format '%d%e%5v' left=0"\"q\\\"s\"(1e400"
// 273 Bscan "0x1p-2 ,99999999999999999999" "": n=0 err=<nil> left=0"0x1p-2 ,99999999999999999999"
// 274 Fscanln "017-%é" "%2s%1c\n%1c": n=1 err=expected integer left=2"" 15 0 ""
// 275 Fscanln "日本" "": n=0 err=expected integer left=3"" 0 0
// 276 Sscan "-7x0x1F" "-%f%x": n=1 err=<nil> left=7"" "-7x0x1F"
// 277 Bscanf "U+263A-" "%2s%t%o,": n=0 err=bad verb '%s' for integer left=0"U+263A-" 0
// 278 Bscan "12`bq`abc300" "\n%g": n=1 err=<nil> left=0"`bq`abc300" 12
// 279 Bscanf "" "%5v%g%U ": n=0 err=EOF left=0"" 0 0 0
// 280 Fscan ":" "%b%q": n=1 err=EOF left=0"" false 0 {0}
// 281 Fscanf "\t" "\n": n=0 err=too many operands left=0"" 0
// 282 Sscanln "x99999999999999999999(\r\n日本" "%v%q%d": n=1 err=unexpected newline left=30"" "x99999999999999999999(" 0
// 283 Bscan "\r\n\"q\\\"s\" 0x1F" " %f%q%q": n=0 err=expected integer left=0"\"q\\\"s\" 0x1F" 0 {0 0} 0
// 284 Bscanf "-70b11x" "%c,%e%2s": n=0 err=bad verb '%c' for string left=0"-70b11x" ""
// 285 Fscanln "Inf  99999999999999999999\"q\\\"s\"" "\n%3d%q": n=0 err=expected newline left=30""
// 286 Fscanf "(5,x)" ":%U%3d": n=0 err=input does not match format left=4"" {0 0} {0 0}
// 287 Fscan "1e400" "x%2s \n": n=2 err=<nil> left=0"" {49} "e400"
// 288 Bscanf "017`bq`\n+3" "%3d": n=0 err=point: no ( left=0"017`bq`\n+3" {0 0}
// 289 Bscanf "Inf" "\n": n=0 err=newline in format does not match input left=0"nf"
// 290 Bscan "`bq`," ":%s%3d%v": n=0 err=expected integer left=0"`bq`," 0 0 0
// 291 Fscan "017" "-": n=0 err=point: no ( left=2"" {0 0} 0 0
// 292 Fscan "(3, 4)  \"q\\\"s\"" " %d ": n=1 err=<nil> left=10"" "(3,"
// 293 Bscanf "300Inf" "": n=0 err=too many operands left=0"300Inf" 0 0
// 294 Sscanln "-2e30o70x1p-2日本0x1p-2" "": n=1 err=strconv.ParseFloat: parsing "e30": invalid syntax left=25"" -2 0
// 295 Fscanf "99999999999999999999  99999999999999999999" "": n=0 err=<nil> left=42""
// 296 Sscanf "" "%5v\n": n=0 err=EOF left=0"" 0 "" 0
// 297 Sscan "0o7," " %qx%c": n=1 err=strconv.ParseFloat: parsing "": invalid syntax left=4"" 0 0
// 298 Fscanln "" "%X%f": n=0 err=EOF left=0"" ""
// 299 Bscanf "F-)-7" "%5v%U%%x": n=1 err=bad unicode format  left=0")-7" {70} 0 {0}
