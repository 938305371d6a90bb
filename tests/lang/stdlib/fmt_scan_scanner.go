// Custom fmt.Scanner operands (a point "(1,2)" read with Fscanf on the
// ScanState, a Token of letters, ScanState.Width under %5v, errors from
// Scan methods, SkipSpace at newlines in the ln forms) and what
// Fscan* leave unread on a plain io.Reader and on a bufio.Reader.
package main

import (
	"bufio"
	"bytes"
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
		return errors.New("point: expected (")
	}
	_, err = fmt.Fscanf(st, "%d,%d)", &p.x, &p.y)
	return err
}

type word string

func (w *word) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, unicode.IsLetter)
	if err != nil {
		return err
	}
	if len(tok) == 0 {
		return errors.New("word: no letters")
	}
	*w = word(strings.ToUpper(string(tok)))
	return nil
}

type widthy struct {
	wid int
	ok  bool
	s   string
}

func (w *widthy) Scan(st fmt.ScanState, verb rune) error {
	w.wid, w.ok = st.Width()
	tok, err := st.Token(true, nil)
	w.s = string(tok)
	return err
}

type failing struct{}

func (failing) Scan(st fmt.ScanState, verb rune) error { return io.EOF }

type spacer struct{ n int }

func (s *spacer) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	r, _, err := st.ReadRune()
	s.n = int(r)
	return err
}

type reader struct{ s string }

func (r *reader) Read(b []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	n := copy(b, r.s)
	r.s = r.s[n:]
	return n, nil
}

func (r *reader) Byte() string { return r.s }

type verbs struct{ v rune }

func (v *verbs) Scan(st fmt.ScanState, verb rune) error {
	v.v = verb
	_, err := st.Token(true, nil)
	return err
}

func main() {
	var p, q point
	var i int
	n, err := fmt.Sscan("(1,2) 7 (3,4)", &p, &i, &q)
	fmt.Println(n, err, p, i, q)
	n, err = fmt.Sscan("[1,2]", &p)
	fmt.Println(n, err)
	n, err = fmt.Sscan("(1;2)", &p)
	fmt.Println(n, err)
	var w1, w2 word
	n, err = fmt.Sscan("hello123 world", &w1, &i, &w2)
	fmt.Println(n, err, w1, i, w2)
	n, err = fmt.Sscan("123", &w1)
	fmt.Println(n, err)
	var wd widthy
	n, err = fmt.Sscanf("abcdefgh", "%5v", &wd)
	fmt.Println(n, err, wd)
	n, err = fmt.Sscanf("abcdefgh", "%v", &wd)
	fmt.Println(n, err, wd)
	var s string
	n, err = fmt.Sscanf("abcdefgh", "%3v%s", &wd, &s)
	fmt.Println(n, err, wd, s)
	n, err = fmt.Sscan("x", failing{})
	fmt.Println(n, err)
	var sp spacer
	n, err = fmt.Sscanln("\nx", &sp)
	fmt.Println(n, err, sp)
	n, err = fmt.Sscanln("  y\n", &sp)
	fmt.Println(n, err, sp)
	n, err = fmt.Sscan("\n z", &sp)
	fmt.Println(n, err, sp)
	n, err = fmt.Sscan("", &sp)
	fmt.Println(n, err, sp)
	var wd2 widthy
	n, err = fmt.Sscanln("ab\ncd", &wd, &wd2)
	fmt.Println(n, err, wd, wd2)
	var vv verbs
	n, err = fmt.Sscanf("x", "%q", &vv)
	fmt.Println(n, err, string(vv.v))
	n, err = fmt.Sscan("x", &vv)
	fmt.Println(n, err, string(vv.v))

	// Fscan on a plain reader: what is left after each call
	rd := &reader{"12 34\nabc def\n56x"}
	var a, b int
	n, err = fmt.Fscan(rd, &a, &b)
	fmt.Printf("%d %v %d %d left %q\n", n, err, a, b, rd.s)
	n, err = fmt.Fscanln(rd, &s)
	fmt.Printf("%d %v %q left %q\n", n, err, s, rd.s)
	n, err = fmt.Fscanf(rd, "%d", &a)
	fmt.Printf("%d %v %d left %q\n", n, err, a, rd.s)
	n, err = fmt.Fscan(rd, &a)
	fmt.Printf("%d %v %d left %q\n", n, err, a, rd.s)

	// a bufio.Reader keeps what the scan pushed back
	br := bufio.NewReader(strings.NewReader("12 34\nrest of line\n(5,6)\n"))
	n, err = fmt.Fscan(br, &a, &b)
	line, _ := br.ReadString('\n')
	fmt.Printf("%d %v %d %d %q\n", n, err, a, b, line)
	n, err = fmt.Fscanln(br, &s, &s)
	fmt.Println(n, err, s)
	line, _ = br.ReadString('\n')
	fmt.Printf("%q\n", line)
	n, err = fmt.Fscan(br, &p)
	fmt.Println(n, err, p)
	n, err = fmt.Fscan(br, &p)
	fmt.Println(n, err, p)

	// plain reader with Scanner operands
	rd = &reader{"(7,8) word rest"}
	n, err = fmt.Fscan(rd, &p, &w1)
	fmt.Printf("%d %v %v %v left %q\n", n, err, p, w1, rd.s)
	rd = &reader{"héllo wörld"}
	n, err = fmt.Fscan(rd, &s)
	fmt.Printf("%d %v %q left %q\n", n, err, s, rd.s)
	rd = &reader{"3.5e2,true,0x1F;"}
	var f float64
	var bo bool
	n, err = fmt.Fscanf(rd, "%g,%t,%v", &f, &bo, &i)
	fmt.Printf("%d %v %v %v %v left %q\n", n, err, f, bo, i, rd.s)
	rd = &reader{"12345678"}
	n, err = fmt.Fscanf(rd, "%3d%2d", &a, &b)
	fmt.Printf("%d %v %v %v left %q\n", n, err, a, b, rd.s)
	rd = &reader{"1 2\n"}
	n, err = fmt.Fscanln(rd, &a)
	fmt.Printf("%d %v %v left %q\n", n, err, a, rd.s)
	rd = &reader{"1\n2\n"}
	n, err = fmt.Fscanln(rd, &a, &b)
	fmt.Printf("%d %v %v left %q\n", n, err, a, rd.s)
	rd = &reader{`"quo\"ted" x`}
	n, err = fmt.Fscanf(rd, "%q", &s)
	fmt.Printf("%d %v %q left %q\n", n, err, s, rd.s)
	rd = &reader{"trueX"}
	n, err = fmt.Fscan(rd, &bo)
	fmt.Printf("%d %v %v left %q\n", n, err, bo, rd.s)
	// strings.Reader and bytes.Buffer are io.RuneScanners: they take back
	// the peeked rune
	sr := strings.NewReader("12 ab\ncd")
	n, err = fmt.Fscan(sr, &a)
	fmt.Println(n, err, a, sr.Len())
	n, err = fmt.Fscanln(sr, &s)
	fmt.Println(n, err, s, sr.Len())
	bb := bytes.NewBufferString("7x 8")
	n, err = fmt.Fscan(bb, &a)
	fmt.Println(n, err, a, bb.String())
	n, err = fmt.Fscanf(bb, "x%d", &a)
	fmt.Println(n, err, a, bb.Len())
	rd = &reader{"99999999999999999999999 1"}
	n, err = fmt.Fscan(rd, &a)
	fmt.Printf("%d %v %v left %q\n", n, err, a, rd.s)
}

// Output:
// 3 <nil> {1 2} 7 {3 4}
// 0 point: expected (
// 0 input does not match format
// 3 <nil> HELLO 123 WORLD
// 0 word: no letters
// 1 <nil> {5 true abcde}
// 1 <nil> {0 false abcdefgh}
// 2 <nil> {3 true abc} defgh
// 0 unexpected EOF
// 0 unexpected newline {0}
// 1 <nil> {121}
// 1 <nil> {122}
// 0 unexpected EOF {0}
// 1 unexpected newline {0 false ab} {0 false }
// 1 <nil> q
// 1 <nil> v
// 2 <nil> 12 34 left "abc def\n56x"
// 1 expected newline "abc" left "ef\n56x"
// 0 expected integer 12 left "f\n56x"
// 0 expected integer 12 left "\n56x"
// 2 <nil> 12 34 "\n"
// 2 expected newline of
// "ine\n"
// 1 <nil> {5 6}
// 0 unexpected EOF {5 6}
// 2 <nil> {7 8} WORD left "rest"
// 1 <nil> "héllo" left "wörld"
// 3 <nil> 350 true 31 left ""
// 2 <nil> 123 45 left "678"
// 1 expected newline 1 left "\n"
// 1 unexpected newline 1 left "2\n"
// 1 <nil> "quo\"ted" left " x"
// 1 <nil> true left "X"
// 1 <nil> 12 6
// 1 <nil> ab 2
// 1 <nil> 7 x 8
// 1 <nil> 8 0
// 0 strconv.ParseInt: parsing "99999999999999999999999": value out of range 8 left "1"
