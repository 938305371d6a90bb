package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// slowReader returns at most one byte per Read, and sometimes 0 bytes.
type slowReader struct {
	s string
	n int
}

func (r *slowReader) Read(p []byte) (int, error) {
	r.n++
	if r.n%3 == 0 {
		return 0, nil
	}
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

type errWriter struct{ after int }

func (w *errWriter) Write(p []byte) (int, error) {
	if len(p) > w.after {
		n := w.after
		w.after = 0
		return n, errors.New("disk full")
	}
	w.after -= len(p)
	return len(p), nil
}

type upperWriter struct{ sb strings.Builder }

func (u *upperWriter) Write(p []byte) (int, error) {
	return u.sb.WriteString(strings.ToUpper(string(p)))
}

func main() {
	// ReadAll: empty, small, larger than the initial buffer.
	b, err := io.ReadAll(strings.NewReader(""))
	fmt.Printf("%q %v\n", b, err)
	b, err = io.ReadAll(&slowReader{s: "héllo"})
	fmt.Printf("%q %v\n", b, err)
	big := strings.Repeat("0123456789", 1000)
	b, err = io.ReadAll(strings.NewReader(big))
	fmt.Println(len(b), err, string(b) == big)

	// ReadFull and ReadAtLeast.
	buf := make([]byte, 4)
	n, err := io.ReadFull(strings.NewReader("abcdef"), buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	n, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(n, err, err == io.EOF)
	n, err = io.ReadAtLeast(strings.NewReader("abc"), buf, 8)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(&slowReader{s: "xyz"}, buf, 2)
	fmt.Println(n, err, string(buf[:n]))

	// Copy, CopyN, CopyBuffer, LimitReader.
	var sb strings.Builder
	w, err := io.Copy(&sb, &slowReader{s: "copy me"})
	fmt.Println(w, err, sb.String())
	sb.Reset()
	w, err = io.CopyN(&sb, strings.NewReader("0123456789"), 4)
	fmt.Println(w, err, sb.String())
	w, err = io.CopyN(&sb, strings.NewReader("01"), 4)
	fmt.Println(w, err)
	w, err = io.CopyBuffer(&sb, strings.NewReader("buffered"), make([]byte, 3))
	fmt.Println(w, err, sb.String())
	w, err = io.Copy(&errWriter{after: 3}, strings.NewReader("too long"))
	fmt.Println(w, err)
	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	b, _ = io.ReadAll(lr)
	fmt.Printf("%q\n", b)
	b, _ = io.ReadAll(io.LimitReader(strings.NewReader("x"), -1))
	fmt.Printf("%q\n", b)

	// WriteString picks the StringWriter when there is one.
	u := &upperWriter{}
	n, err = io.WriteString(u, "shout")
	fmt.Println(n, err, u.sb.String())
	var bb bytes.Buffer
	io.WriteString(&bb, "to buffer")
	fmt.Println(bb.String())

	// MultiReader, MultiWriter, TeeReader.
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), strings.NewReader("two"))
	b, err = io.ReadAll(mr)
	fmt.Printf("%q %v\n", b, err)
	n, err = io.MultiReader().Read(buf)
	fmt.Println(n, err)
	var w1, w2 bytes.Buffer
	mw := io.MultiWriter(&w1, &w2)
	fmt.Fprintf(mw, "x=%d", 7)
	fmt.Println(w1.String(), w2.String())
	var teeOut bytes.Buffer
	tee := io.TeeReader(strings.NewReader("tee"), &teeOut)
	b, _ = io.ReadAll(tee)
	fmt.Println(string(b), teeOut.String())

	// Discard and NopCloser.
	w, err = io.Copy(io.Discard, strings.NewReader(big))
	fmt.Println(w, err)
	n, err = io.Discard.Write([]byte("abc"))
	fmt.Println(n, err)
	rc := io.NopCloser(strings.NewReader("nop"))
	fmt.Println(rc.Close())

	// SectionReader.
	sr := io.NewSectionReader(bytes.NewReader([]byte("0123456789")), 2, 5)
	fmt.Println(sr.Size())
	b, _ = io.ReadAll(sr)
	fmt.Printf("%q\n", b)
	pos, err := sr.Seek(1, io.SeekStart)
	fmt.Println(pos, err)
	p2 := make([]byte, 10)
	n, err = sr.Read(p2)
	fmt.Printf("%d %v %q\n", n, err, p2[:n])
	n, err = sr.ReadAt(p2[:2], 3)
	fmt.Printf("%d %v %q\n", n, err, p2[:n])
	n, err = sr.ReadAt(p2[:4], 3)
	fmt.Printf("%d %v %q\n", n, err, p2[:n])
	_, err = sr.Seek(-1, io.SeekStart)
	fmt.Println(err)
	_, err = sr.Seek(0, 7)
	fmt.Println(err)

	// Pipe: a writer goroutine and the reader here.
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			io.WriteString(pw, fmt.Sprintf("chunk%d;", i))
		}
		pw.Close()
	}()
	b, err = io.ReadAll(pr)
	fmt.Printf("%q %v\n", b, err)
	pr, pw = io.Pipe()
	go func() {
		pw.Write([]byte("partial"))
		pw.CloseWithError(errors.New("producer failed"))
	}()
	b, err = io.ReadAll(pr)
	fmt.Printf("%q %v\n", b, err)
	pr, pw = io.Pipe()
	pr.Close()
	n, err = pw.Write([]byte("x"))
	fmt.Println(n, err, err == io.ErrClosedPipe)

	// The error values print as Go's do.
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress)
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)
	var _ io.ReadWriteCloser
	var _ io.ByteScanner = strings.NewReader("")
	var _ io.RuneReader = bytes.NewReader(nil)
}

// Output:
// "" <nil>
// "héllo" <nil>
// 10000 <nil> true
// 4 <nil> abcd
// 2 unexpected EOF true
// 0 EOF true
// 0 short buffer
// 2 <nil> xy
// 7 <nil> copy me
// 4 <nil> 0123
// 2 EOF
// 8 <nil> 012301buffered
// 3 disk full
// "limited"
// ""
// 5 <nil> SHOUT
// to buffer
// "one two" <nil>
// 0 EOF
// x=7 x=7
// tee tee
// 10000 <nil>
// 3 <nil>
// <nil>
// 5
// "23456"
// 1 <nil>
// 4 <nil> "3456"
// 2 <nil> "56"
// 2 EOF "56"
// Seek: invalid offset
// Seek: invalid whence
// "chunk0;chunk1;chunk2;" <nil>
// "partial" producer failed
// 0 io: read/write on closed pipe true
// EOF unexpected EOF short write short buffer multiple Read calls return no data or error
// 0 1 2
