package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	s := []byte("Hello, Wörld! hello")
	fmt.Println(bytes.Index(s, []byte("llo")), bytes.Index(s, nil), bytes.Index(nil, []byte("x")))
	fmt.Println(bytes.LastIndex(s, []byte("llo")), bytes.LastIndex(s, nil), bytes.IndexByte(s, '!'))
	fmt.Println(bytes.IndexRune(s, 'ö'), bytes.IndexRune(s, 'z'), bytes.IndexRune([]byte("a\xffb"), '\uFFFD'))
	fmt.Println(bytes.IndexAny(s, "!,"), bytes.LastIndexAny(s, "lo"), bytes.IndexAny(s, ""), bytes.LastIndexByte(s, 'H'))
	fmt.Println(bytes.IndexFunc(s, unicode.IsSpace), bytes.LastIndexFunc(s, unicode.IsUpper))
	fmt.Println(bytes.Count(s, []byte("l")), bytes.Count(s, nil), bytes.Count(nil, nil))
	fmt.Println(bytes.Contains(s, []byte("Wö")), bytes.ContainsAny(s, "xyz"), bytes.ContainsRune(s, 'W'))
	fmt.Println(bytes.HasPrefix(s, []byte("Hell")), bytes.HasSuffix(s, []byte("llo")), bytes.HasPrefix(nil, nil))
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Equal([]byte("a"), []byte("b")), bytes.EqualFold([]byte("GoLang"), []byte("golang")))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare(nil, nil), bytes.Compare([]byte("ab"), []byte("a")))

	// Splitting and joining.
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Split([]byte("héllo"), nil))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,c,d"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b"), []byte(","), 0))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitAfterN([]byte("a,b,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.Fields([]byte("  foo bar\tbaz\n ")))
	fmt.Printf("%q\n", bytes.Fields([]byte("   ")))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b2c33d"), unicode.IsDigit))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte(", ")))
	fmt.Printf("%q\n", bytes.Join(nil, []byte(",")))
	fmt.Printf("%q\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%q\n", bytes.Repeat([]byte("ab"), 0))

	// Case, mapping, trimming.
	fmt.Printf("%s %s %s\n", bytes.ToUpper([]byte("straße ǆ")), bytes.ToLower([]byte("ÀÉÎ")), bytes.Title([]byte("hello world")))
	fmt.Printf("%s\n", bytes.ToTitle([]byte("loud")))
	fmt.Printf("%q\n", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, []byte("banana")))
	fmt.Printf("%q\n", bytes.Runes([]byte("hé\xff")))
	fmt.Printf("%q\n", bytes.ToValidUTF8([]byte("a\xff\xfeb"), []byte("?")))
	fmt.Printf("%q %q\n", bytes.TrimSpace([]byte(" \t x y \n")), bytes.TrimSpace([]byte("  ")))
	fmt.Printf("%q %q %q\n", bytes.Trim([]byte("xxhixx"), "x"), bytes.TrimLeft([]byte("xxhixx"), "x"), bytes.TrimRight([]byte("xxhixx"), "x"))
	fmt.Printf("%q %q\n", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")), bytes.TrimSuffix([]byte("body.go"), []byte(".go")))
	fmt.Printf("%q\n", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	fmt.Printf("%q\n", bytes.TrimLeftFunc([]byte("  é x"), unicode.IsSpace))
	fmt.Printf("%q\n", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2))
	fmt.Printf("%q\n", bytes.ReplaceAll([]byte("oink oink"), []byte("oink"), []byte("moo")))
	fmt.Printf("%q\n", bytes.Replace([]byte("abc"), nil, []byte("-"), -1))
	before, after, found := bytes.Cut([]byte("key=value=x"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = bytes.Cut([]byte("novalue"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)

	// Results share memory with the input, as in Go.
	orig := []byte("a b")
	f := bytes.Fields(orig)
	f[0][0] = 'A'
	fmt.Println(string(orig), cap(f[0]))

	// Buffer.
	var buf bytes.Buffer
	fmt.Println(buf.Len(), buf.String() == "")
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	n, _ := buf.WriteRune('→')
	fmt.Println(n, buf.Len(), buf.String())
	fmt.Fprintf(&buf, " %d\nsecond line\nthird", 42)
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	lb, err := buf.ReadBytes('\n')
	fmt.Printf("%q %v\n", lb, err)
	rest, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	_, err = buf.ReadByte()
	fmt.Println(err)
	buf.Reset()
	buf.WriteString("héllo")
	r, size, err := buf.ReadRune()
	fmt.Println(string(r), size, err)
	r, size, _ = buf.ReadRune()
	fmt.Println(string(r), size, buf.UnreadRune(), buf.UnreadRune())
	c, _ := buf.ReadByte()
	fmt.Println(string(c), buf.UnreadByte(), buf.String())
	fmt.Printf("%q\n", buf.Next(2))
	fmt.Printf("%q\n", buf.Next(100))
	buf.WriteString("truncate me")
	buf.Truncate(8)
	fmt.Println(buf.String())
	buf.Grow(100)
	fmt.Println(buf.Len(), buf.Cap() >= 108)
	var out strings.Builder
	m, err := buf.WriteTo(&out)
	fmt.Println(m, err, out.String(), buf.Len())
	m, err = buf.ReadFrom(strings.NewReader(strings.Repeat("z", 2000)))
	fmt.Println(m, err, buf.Len())
	p := make([]byte, 5)
	nr, err := bytes.NewBufferString("").Read(p)
	fmt.Println(nr, err)
	nb := bytes.NewBuffer([]byte("init"))
	fmt.Println(nb.String(), nb.Len())
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())

	// Reader.
	rd := bytes.NewReader([]byte("0123456789"))
	fmt.Println(rd.Len(), rd.Size())
	p = make([]byte, 4)
	nr, err = rd.Read(p)
	fmt.Println(nr, err, string(p), rd.Len())
	nr, err = rd.ReadAt(p, 8)
	fmt.Println(nr, err, string(p[:nr]))
	pos, err := rd.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	bt, _ := rd.ReadByte()
	fmt.Println(string(bt), rd.UnreadByte(), rd.UnreadRune())
	_, err = rd.Seek(-1, io.SeekStart)
	fmt.Println(err)
	all, _ := io.ReadAll(rd)
	fmt.Printf("%q\n", all)
	nr, err = rd.Read(p)
	fmt.Println(nr, err)
	rd.Reset([]byte("é!"))
	r, size, err = rd.ReadRune()
	fmt.Println(string(r), size, err, rd.UnreadRune(), rd.Len())
	var sbw strings.Builder
	m, err = rd.WriteTo(&sbw)
	fmt.Println(m, err, sbw.String())

	// special case mappings and folding
	fmt.Printf("%s %s %s\n", bytes.ToUpperSpecial(unicode.TurkishCase, []byte("iıx")), bytes.ToLowerSpecial(unicode.TurkishCase, []byte("İIX")), bytes.ToTitleSpecial(unicode.AzeriCase, []byte("i")))
	fmt.Println(bytes.EqualFold([]byte("Straße"), []byte("STRASSE")), bytes.EqualFold([]byte("ı"), []byte("I")), bytes.EqualFold([]byte("\u212Ab"), []byte("kB")))
}

// Output:
// 2 0 -1
// 17 20 13
// 8 -1 1
// 5 19 -1 0
// 6 7
// 5 20 1
// true false true
// true true true
// true false true
// -1 1 0 1
// ["a" "b" "" "c"]
// ["h" "é" "l" "l" "o"]
// ["a" "b,c,d"]
// []
// ["a," "b," "c"]
// ["a," "b,c"]
// ["foo" "bar" "baz"]
// []
// ["a" "b" "c" "d"]
// "x, y, z"
// ""
// "ababab"
// ""
// STRAßE Ǆ àéî Hello World
// LOUD
// "BNN"
// ['h' 'é' '�']
// "a?b"
// "x y" ""
// "hi" "hixx" "xxhi"
// "body" "body"
// "abc"
// "é x"
// "oinky oinky oink"
// "moo moo"
// "-a-b-c-"
// "key" "value=x" true
// "novalue" "" false
// A b 1
// 0 true
// 3 15 hello world!→
// "hello world!→ 42\n" <nil>
// "second line\n" <nil>
// "third" EOF
// EOF
// h 1 <nil>
// é 2 <nil> bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune
// Ã <nil> éllo
// "é"
// "llo"
// truncate
// 8 true
// 8 <nil> truncate 0
// 2000 <nil> 2000
// 0 EOF
// init 4
// <nil>
// 10 10
// 4 <nil> 0123 6
// 2 EOF 89
// 7 <nil>
// 7 <nil> bytes.Reader.UnreadRune: previous operation was not ReadRune
// bytes.Reader.Seek: negative position
// "789"
// 0 EOF
// é 2 <nil> <nil> 3
// 3 <nil> é!
// İIX iıx İ
// false false true
