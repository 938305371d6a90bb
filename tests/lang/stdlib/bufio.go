// Stdin: tests/data/stdlib_bufio_stdin.txt

package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// commaSplit is a custom split function: comma-separated fields, the
// last one ending at EOF.
func commaSplit(data []byte, atEOF bool) (int, []byte, error) {
	for i := 0; i < len(data); i++ {
		if data[i] == ',' {
			return i + 1, data[:i], nil
		}
	}
	if !atEOF {
		return 0, nil, nil
	}
	if len(data) > 0 {
		return len(data), data, bufio.ErrFinalToken
	}
	return 0, nil, nil
}

type failingReader struct{}

func (failingReader) Read(p []byte) (int, error) { return 0, errors.New("boom") }

func main() {
	// Lines from stdin.
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d %q\n", n, sc.Text())
	}
	fmt.Println("err:", sc.Err())

	// Words, runes, bytes.
	sc = bufio.NewScanner(strings.NewReader("  the quick\tbrown\n\nfox  "))
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Printf("%q\n", words)
	sc = bufio.NewScanner(strings.NewReader("héllo\xff!"))
	sc.Split(bufio.ScanRunes)
	var runes []string
	for sc.Scan() {
		runes = append(runes, sc.Text())
	}
	fmt.Printf("%q\n", runes)
	sc = bufio.NewScanner(strings.NewReader("ab"))
	sc.Split(bufio.ScanBytes)
	var got [][]byte
	for sc.Scan() {
		got = append(got, append([]byte(nil), sc.Bytes()...))
	}
	fmt.Println(got)
	sc = bufio.NewScanner(strings.NewReader(""))
	fmt.Println(sc.Scan(), sc.Err())

	// A custom split function with ErrFinalToken.
	sc = bufio.NewScanner(strings.NewReader("a,b,,c"))
	sc.Split(commaSplit)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())

	// Token too long, and Buffer raising the limit.
	long := strings.Repeat("x", 100) + "\nshort\n"
	sc = bufio.NewScanner(strings.NewReader(long))
	sc.Buffer(make([]byte, 10), 50)
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader(long))
	sc.Buffer(make([]byte, 10), 200)
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("y", 70000)))
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(failingReader{})
	fmt.Println(sc.Scan(), sc.Err())

	// Reader.
	r := bufio.NewReaderSize(strings.NewReader("line one\r\nline two\nrest"), 16)
	fmt.Println(r.Size(), r.Buffered())
	line, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	_, err = r.ReadByte()
	fmt.Println(err)

	r = bufio.NewReader(strings.NewReader("héllo wörld"))
	p, err := r.Peek(3)
	fmt.Printf("%q %v\n", p, err)
	c, _ := r.ReadByte()
	fmt.Println(string(c), r.UnreadByte(), r.UnreadByte())
	ru, size, err := r.ReadRune()
	fmt.Println(string(ru), size, err)
	ru, size, err = r.ReadRune()
	fmt.Println(string(ru), size, err, r.UnreadRune())
	ru, _, _ = r.ReadRune()
	fmt.Println(string(ru))
	d, err := r.Discard(3)
	fmt.Println(d, err)
	bs, err := r.ReadBytes('r')
	fmt.Printf("%q %v\n", bs, err)
	buf := make([]byte, 10)
	nr, err := r.Read(buf)
	fmt.Printf("%d %v %q\n", nr, err, buf[:nr])
	nr, err = r.Read(buf)
	fmt.Println(nr, err)
	_, err = r.Peek(-1)
	fmt.Println(err)

	// A line longer than the buffer comes back in pieces from ReadLine,
	// whole from ReadString.
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 40)+"\nend"), 16)
	for {
		l, more, err := r.ReadLine()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(len(l), more)
	}
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("q", 40)+"\nend"), 16)
	s, err = r.ReadString('\n')
	fmt.Println(len(s), err)
	_, err = r.ReadSlice('!')
	fmt.Println(err)
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("w", 40)), 16)
	sl, err := r.ReadSlice('\n')
	fmt.Println(len(sl), err)
	p, err = r.Peek(20)
	fmt.Println(len(p), err)

	var sb strings.Builder
	r = bufio.NewReader(strings.NewReader("write to"))
	r.ReadByte()
	m, err := r.WriteTo(&sb)
	fmt.Println(m, err, sb.String())

	// Writer.
	var out bytes.Buffer
	w := bufio.NewWriterSize(&out, 8)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("abc")
	w.WriteByte('d')
	w.WriteRune('é')
	fmt.Println(w.Buffered(), out.Len())
	w.WriteString("0123456789")
	fmt.Println(w.Buffered(), out.Len())
	fmt.Fprintf(w, "[%d]", 99)
	w.Write([]byte(strings.Repeat("-", 20)))
	fmt.Println(w.Flush(), out.String())
	mw, err := w.ReadFrom(strings.NewReader("from reader"))
	fmt.Println(mw, err, w.Flush(), out.Len())

	fw := bufio.NewWriter(errWriter{})
	fw.WriteString("x")
	fmt.Println(fw.Flush(), fw.Flush())
	_, err = fw.WriteString("more")
	fmt.Println(err)

	std := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(std, "to stdout through bufio")
	std.Flush()

	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("rw in")), bufio.NewWriter(os.Stdout))
	s, _ = rw.ReadString(' ')
	rw.WriteString("got " + strconv.Quote(s) + "\n")
	rw.Flush()

	// A file read through bufio.
	f, err := os.Open("tests/data/stdlib_small.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	br := bufio.NewReader(f)
	for {
		l, err := br.ReadString('\n')
		if err == io.EOF {
			break
		}
		fmt.Printf("file: %q\n", l)
	}
}

type errWriter struct{}

func (errWriter) Write(p []byte) (int, error) { return 0, errors.New("write failed") }

// Output:
// 1 "first line"
// 2 "second line with  spaces"
// 3 ""
// 4 "\tindented\xff bad byte"
// 5 "last line without newline"
// err: <nil>
// ["the" "quick" "brown" "fox"]
// ["h" "é" "l" "l" "o" "�" "!"]
// [[97] [98]]
// false <nil>
// "a" "b" "" "c" <nil>
// bufio.Scanner: token too long
// 100
// 5
// <nil>
// false bufio.Scanner: token too long
// false boom
// 16 0
// "line one" false <nil>
// "line two\n" <nil>
// "rest" EOF
// EOF
// "hé" <nil>
// h <nil> bufio: invalid use of UnreadByte
// h 1 <nil>
// é 2 <nil> <nil>
// é
// 3 <nil>
// " wör" <nil>
// 2 <nil> "ld"
// 0 EOF
// bufio: negative count
// 16 true
// 16 true
// 8 false
// 3 false
// EOF
// 41 <nil>
// EOF
// 16 bufio: buffer full
// 16 bufio: buffer full
// 7 <nil> rite to
// 8 8 0
// 6 0
// 8 8
// <nil> abcdé0123456789[99]--------------------
// 11 <nil> <nil> 51
// write failed write failed
// write failed
// to stdout through bufio
// got "rw "
// file: "alpha beta\n"
// file: "gamma\n"
