package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func main() {
	s := "Hello, Wörld! héllo"
	// searching
	fmt.Println(strings.Contains(s, "llo"), strings.Contains(s, ""), strings.Contains("", ""), strings.Contains("", "a"))
	fmt.Println(strings.ContainsAny(s, "xyzö"), strings.ContainsAny(s, ""), strings.ContainsRune(s, 'ö'), strings.ContainsRune(s, -1))
	fmt.Println(strings.Index(s, "llo"), strings.Index(s, ""), strings.Index(s, "zz"), strings.Index("", ""))
	fmt.Println(strings.LastIndex(s, "llo"), strings.LastIndex(s, ""), strings.LastIndex(s, "zz"))
	fmt.Println(strings.IndexByte(s, 'W'), strings.IndexRune(s, 'ö'), strings.IndexRune(s, utf8RuneError()), strings.IndexRune("a\xffb", utf8RuneError()))
	fmt.Println(strings.IndexAny(s, "öW"), strings.IndexAny(s, ""), strings.LastIndexAny(s, "lo"), strings.LastIndexByte(s, 'l'))
	fmt.Println(strings.IndexFunc(s, unicode.IsUpper), strings.LastIndexFunc(s, unicode.IsUpper), strings.IndexFunc("", unicode.IsUpper))
	fmt.Println(strings.HasPrefix(s, "Hell"), strings.HasPrefix(s, ""), strings.HasSuffix(s, "llo"), strings.HasSuffix("", "x"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("", ""), strings.Count("aaaa", "aa"))

	// comparing
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("", ""), strings.Compare("ab", "a"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("ǅ", "ǆ"), strings.EqualFold("K", "\u212A"), strings.EqualFold("a", "ab"))
	fmt.Println(strings.EqualFold("ı", "I"), strings.EqualFold("İ", "i"), strings.EqualFold("σς", "ΣΣ"), strings.EqualFold("\u212Aelvin", "kELVIN"), strings.EqualFold("\xff", "\uFFFD"), strings.EqualFold("", ""))

	// splitting
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q %q\n", strings.SplitN("a,b", ",", 0), strings.SplitN("a,b", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  foo bar\tbaz\n\u00a0 qux\u2003 "))
	fmt.Printf("%q %q\n", strings.Fields(""), strings.Fields("   "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)

	// joining, repeating, replacing
	fmt.Println(strings.Join([]string{"a", "b", "c"}, "-"), strings.Join(nil, ","), strings.Join([]string{"x"}, ","))
	fmt.Printf("%q %q\n", strings.Repeat("ab", 3), strings.Repeat("x", 0))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink", "oink", "moo", -1))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2), strings.ReplaceAll("héé", "é", "e"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("", "-")
	fmt.Printf("%q %q\n", r3.Replace("héllo"), r3.Replace(""))
	fmt.Printf("%q\n", strings.NewReplacer("", "-", "l", "L").Replace("héllo"))
	fmt.Printf("%q\n", strings.NewReplacer("l", "L", "", "-").Replace("héllo"))
	fmt.Printf("%q\n", strings.NewReplacer("a", "", "", "-").Replace("abab"))
	fmt.Printf("%q\n", strings.NewReplacer("a", "1", "a", "2", "b", "").Replace("abcab"))
	fmt.Printf("%q\n", strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaaaa"))
	fmt.Printf("%q\n", strings.NewReplacer().Replace("unchanged"))
	r4 := strings.NewReplacer("hello", "HI", "world", "EARTH")
	n, err := r4.WriteString(os.Stdout, "hello, world\n")
	fmt.Println(n, err)

	// case mapping
	fmt.Println(strings.ToUpper(s), strings.ToLower(s), strings.ToTitle("ǆemal"))
	fmt.Println(strings.ToUpper("ß"), strings.ToLower("İ"), strings.ToUpper("\xff"))
	fmt.Println(strings.Title("hello wide world"), strings.ToUpperSpecial(unicode.TurkishCase, "iıİI"), strings.ToLowerSpecial(unicode.AzeriCase, "iıİI"), strings.ToTitleSpecial(unicode.TurkishCase, "ix"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return unicode.ToUpper(r)
	}, s))
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"))
	fmt.Printf("%q\n", strings.ToValidUTF8("\xff", ""))

	// trimming
	fmt.Printf("%q %q %q\n", strings.TrimSpace(" \t\n x y \r\n"), strings.TrimSpace(""), strings.TrimSpace("\u2003a\u00a0"))
	fmt.Printf("%q %q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q %q\n", strings.Trim("  hi  ", ""), strings.Trim("ééhié", "é"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix", "pre"), strings.TrimSuffix("file.go", ".go"))
	fmt.Printf("%q %q %q\n", strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeftFunc("123abc", unicode.IsDigit), strings.TrimRightFunc("abc123", unicode.IsDigit))

	// Builder
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("hello")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.WriteRune(-1)
	b.Write([]byte("!"))
	b.Grow(100)
	fmt.Println(b.String(), b.Len(), b.Cap() >= 100)
	fmt.Fprintf(&b, " %d", 42)
	fmt.Println(b.String())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")

	// Reader
	rd := strings.NewReader("héllo world")
	fmt.Println(rd.Len(), rd.Size())
	buf := make([]byte, 4)
	n, err = rd.Read(buf)
	fmt.Println(n, err, string(buf[:n]), rd.Len())
	ch, size, err := rd.ReadRune()
	fmt.Println(string(ch), size, err)
	fmt.Println(rd.UnreadRune(), rd.UnreadRune())
	by, err := rd.ReadByte()
	fmt.Println(by, err, rd.UnreadByte())
	pos, err := rd.Seek(-5, io.SeekEnd)
	fmt.Println(pos, err)
	rest, err := io.ReadAll(rd)
	fmt.Println(string(rest), err)
	n, err = rd.Read(buf)
	fmt.Println(n, err)
	_, _, err = rd.ReadRune()
	fmt.Println(err)
	n, err = rd.ReadAt(buf, 1)
	fmt.Println(n, err, string(buf[:n]))
	n, err = rd.ReadAt(buf, 9)
	fmt.Println(n, err, string(buf[:n]))
	n, err = rd.ReadAt(buf, -1)
	fmt.Println(n, err)
	n, err = rd.ReadAt(buf, 100)
	fmt.Println(n, err)
	_, err = rd.Seek(0, 7)
	fmt.Println(err)
	_, err = rd.Seek(-1, io.SeekStart)
	fmt.Println(err)
	pos, err = rd.Seek(100, io.SeekStart)
	fmt.Println(pos, err, rd.Len())
	rd.Reset("again")
	rd.Seek(2, io.SeekCurrent)
	wn, err := rd.WriteTo(os.Stdout)
	fmt.Println("", wn, err, rd.Len())
	rd.Reset("x")
	fmt.Println(rd.UnreadByte())
	var rs io.ReadSeeker = rd
	var wt io.WriterTo = rd
	var ra io.ReaderAt = rd
	var rsc io.RuneScanner = rd
	fmt.Println(rs != nil, wt != nil, ra != nil, rsc != nil)

	// copying through io
	var sb strings.Builder
	cn, err := io.Copy(&sb, strings.NewReader("copied text"))
	fmt.Println(cn, err, sb.String())
	fmt.Println(errors.Is(err, io.EOF))

	// invalid UTF-8 and empty inputs
	bad := "a\xffb\xc0"
	fmt.Println(strings.Count(bad, ""), len(strings.Split(bad, "")), strings.IndexRune(bad, 'b'))
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	fmt.Printf("%q %q\n", strings.ToUpper(bad), strings.Map(unicode.ToUpper, bad))
	fmt.Println(strings.EqualFold(bad, strings.ToUpper(bad)), strings.Title(""), strings.Repeat("", 5) == "")
}

func utf8RuneError() rune { return '\uFFFD' }

// Output:
// true true true false
// true false true false
// 2 0 -1 0
// 18 21 -1
// 7 8 -1 1
// 7 -1 20 19
// 0 7 -1
// true true true false
// 3 5 1 2
// -1 1 0 1
// true false true true false
// false false true true true true
// ["a" "b" "" "c"]
// ["a" "b" "c"]
// [""]
// []
// ["a" "b,c,d"]
// [] ["a" "b"]
// ["a," "b," "c"]
// ["a," "b,c"]
// ["foo" "bar" "baz" "qux"]
// [] []
// ["a" "b" "c"]
// key value=x true
// "novalue" "" false
// a-b-c  x
// "ababab" ""
// oinky oinky oink moo moo
// -a-b-c- -a-bc hee
// &lt;a href="x&amp;y"&gt;
// 1111
// "-h-\xc3-\xa9-l-l-o-" "-"
// "-h-\xc3-\xa9-L-L-o-"
// "-h-\xc3-\xa9LL-o-"
// "-b-b-"
// "1c1"
// "33"
// "unchanged"
// HI, EARTH
// 10 <nil>
// HELLO, WÖRLD! HÉLLO hello, wörld! héllo ǅEMAL
// ß i �
// Hello Wide World İIİI iıiı İX
// HEO, WÖRD! HÉO
// "a?b?c"
// ""
// "x y" "" "a"
// "hi" "hixx" "xxhi"
// "  hi  " "hi"
// "fix" "file"
// "abc" "abc" "abc"
// 0 true
// hello 世�! 13 true
// hello 世�! 42
// 0 true
// 12 12
// 4 <nil> hél 8
// l 1 <nil>
// <nil> strings.Reader.UnreadRune: previous operation was not ReadRune
// 108 <nil> <nil>
// 7 <nil>
// world <nil>
// 0 EOF
// EOF
// 4 <nil> éll
// 3 EOF rld
// 0 strings.Reader.ReadAt: negative offset
// 0 EOF
// strings.Reader.Seek: invalid whence
// strings.Reader.Seek: negative position
// 100 <nil> 0
// ain 3 <nil> 0
// strings.Reader.UnreadByte: at beginning of string
// true true true true
// 11 <nil> copied text
// false
// 5 4 2
// 0:97 1:65533 2:98 3:65533 
// "A�B�" "A�B�"
// true  true
