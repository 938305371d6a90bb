// bufio.Scanner with ScanWords and ScanLines (which Scan handles without
// calling the split function) gives the same tokens as the general path:
// tokens across buffer refills (a tiny buffer), Unicode spaces, CR LF, a
// last line without newline, empty lines, and a wrapping split function
// that takes the general path for comparison.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func tokens(input string, split bufio.SplitFunc, bufSize int) []string {
	sc := bufio.NewScanner(strings.NewReader(input))
	if bufSize > 0 {
		sc.Buffer(make([]byte, bufSize), 64)
	}
	if split != nil {
		sc.Split(split)
	}
	var out []string
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	if err := sc.Err(); err != nil {
		out = append(out, "ERR:"+err.Error())
	}
	return out
}

func main() {
	inputs := []string{
		"",
		"   ",
		"one",
		"one two  three\n",
		"  lead and trail  ",
		"tab\tsep\vvt\ffeed\rcr\nnl",
		"nbsp\u00a0em\u2003ideo\u3000end\u0085nel",
		"héllo wörld ünïcode \xff\xfe bad",
		"line1\nline2\r\nline3\n\nline5",
		"no newline at end",
		"\n\n\n",
		"a verylongwordthatdoesnotfitinthetinybuffer b",
		strings.Repeat("word ", 40),
		strings.Repeat("x\r\n", 30),
	}
	wrapWords := func(data []byte, atEOF bool) (int, []byte, error) { return bufio.ScanWords(data, atEOF) }
	wrapLines := func(data []byte, atEOF bool) (int, []byte, error) { return bufio.ScanLines(data, atEOF) }
	for i, in := range inputs {
		for _, size := range []int{0, 8, 17} {
			w := tokens(in, bufio.ScanWords, size)
			ww := tokens(in, wrapWords, size)
			l := tokens(in, nil, size)
			wl := tokens(in, wrapLines, size)
			fmt.Printf("%d/%d words %q same=%v\n", i, size, w, fmt.Sprint(w) == fmt.Sprint(ww))
			fmt.Printf("%d/%d lines %q same=%v\n", i, size, l, fmt.Sprint(l) == fmt.Sprint(wl))
		}
	}
}

// Output:
// 0/0 words [] same=true
// 0/0 lines [] same=true
// 0/8 words [] same=true
// 0/8 lines [] same=true
// 0/17 words [] same=true
// 0/17 lines [] same=true
// 1/0 words [] same=true
// 1/0 lines ["   "] same=true
// 1/8 words [] same=true
// 1/8 lines ["   "] same=true
// 1/17 words [] same=true
// 1/17 lines ["   "] same=true
// 2/0 words ["one"] same=true
// 2/0 lines ["one"] same=true
// 2/8 words ["one"] same=true
// 2/8 lines ["one"] same=true
// 2/17 words ["one"] same=true
// 2/17 lines ["one"] same=true
// 3/0 words ["one" "two" "three"] same=true
// 3/0 lines ["one two  three"] same=true
// 3/8 words ["one" "two" "three"] same=true
// 3/8 lines ["one two  three"] same=true
// 3/17 words ["one" "two" "three"] same=true
// 3/17 lines ["one two  three"] same=true
// 4/0 words ["lead" "and" "trail"] same=true
// 4/0 lines ["  lead and trail  "] same=true
// 4/8 words ["lead" "and" "trail"] same=true
// 4/8 lines ["  lead and trail  "] same=true
// 4/17 words ["lead" "and" "trail"] same=true
// 4/17 lines ["  lead and trail  "] same=true
// 5/0 words ["tab" "sep" "vt" "feed" "cr" "nl"] same=true
// 5/0 lines ["tab\tsep\vvt\ffeed\rcr" "nl"] same=true
// 5/8 words ["tab" "sep" "vt" "feed" "cr" "nl"] same=true
// 5/8 lines ["tab\tsep\vvt\ffeed\rcr" "nl"] same=true
// 5/17 words ["tab" "sep" "vt" "feed" "cr" "nl"] same=true
// 5/17 lines ["tab\tsep\vvt\ffeed\rcr" "nl"] same=true
// 6/0 words ["nbsp" "em" "ideo" "end" "nel"] same=true
// 6/0 lines ["nbsp\u00a0em\u2003ideo\u3000end\u0085nel"] same=true
// 6/8 words ["nbsp" "em" "ideo" "end" "nel"] same=true
// 6/8 lines ["nbsp\u00a0em\u2003ideo\u3000end\u0085nel"] same=true
// 6/17 words ["nbsp" "em" "ideo" "end" "nel"] same=true
// 6/17 lines ["nbsp\u00a0em\u2003ideo\u3000end\u0085nel"] same=true
// 7/0 words ["héllo" "wörld" "ünïcode" "\xff\xfe" "bad"] same=true
// 7/0 lines ["héllo wörld ünïcode \xff\xfe bad"] same=true
// 7/8 words ["héllo" "wörld" "ünïcode" "\xff\xfe" "bad"] same=true
// 7/8 lines ["héllo wörld ünïcode \xff\xfe bad"] same=true
// 7/17 words ["héllo" "wörld" "ünïcode" "\xff\xfe" "bad"] same=true
// 7/17 lines ["héllo wörld ünïcode \xff\xfe bad"] same=true
// 8/0 words ["line1" "line2" "line3" "line5"] same=true
// 8/0 lines ["line1" "line2" "line3" "" "line5"] same=true
// 8/8 words ["line1" "line2" "line3" "line5"] same=true
// 8/8 lines ["line1" "line2" "line3" "" "line5"] same=true
// 8/17 words ["line1" "line2" "line3" "line5"] same=true
// 8/17 lines ["line1" "line2" "line3" "" "line5"] same=true
// 9/0 words ["no" "newline" "at" "end"] same=true
// 9/0 lines ["no newline at end"] same=true
// 9/8 words ["no" "newline" "at" "end"] same=true
// 9/8 lines ["no newline at end"] same=true
// 9/17 words ["no" "newline" "at" "end"] same=true
// 9/17 lines ["no newline at end"] same=true
// 10/0 words [] same=true
// 10/0 lines ["" "" ""] same=true
// 10/8 words [] same=true
// 10/8 lines ["" "" ""] same=true
// 10/17 words [] same=true
// 10/17 lines ["" "" ""] same=true
// 11/0 words ["a" "verylongwordthatdoesnotfitinthetinybuffer" "b"] same=true
// 11/0 lines ["a verylongwordthatdoesnotfitinthetinybuffer b"] same=true
// 11/8 words ["a" "verylongwordthatdoesnotfitinthetinybuffer" "b"] same=true
// 11/8 lines ["a verylongwordthatdoesnotfitinthetinybuffer b"] same=true
// 11/17 words ["a" "verylongwordthatdoesnotfitinthetinybuffer" "b"] same=true
// 11/17 lines ["a verylongwordthatdoesnotfitinthetinybuffer b"] same=true
// 12/0 words ["word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word"] same=true
// 12/0 lines ["word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word "] same=true
// 12/8 words ["word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word"] same=true
// 12/8 lines ["ERR:bufio.Scanner: token too long"] same=true
// 12/17 words ["word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word" "word"] same=true
// 12/17 lines ["ERR:bufio.Scanner: token too long"] same=true
// 13/0 words ["x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x"] same=true
// 13/0 lines ["x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x"] same=true
// 13/8 words ["x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x"] same=true
// 13/8 lines ["x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x"] same=true
// 13/17 words ["x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x"] same=true
// 13/17 lines ["x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x" "x"] same=true
