package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  The quick brown fox jumps over the lazy dog  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.Contains(t, "fox"), strings.Contains(t, "cat"), strings.ContainsRune(t, 'q'), strings.ContainsAny(t, "xyz"))
	fmt.Println(strings.Index(t, "o"), strings.LastIndex(t, "o"), strings.Index(t, "zzz"), strings.IndexByte(t, 'q'), strings.IndexRune(t, 'k'), strings.IndexAny(t, "zq"))
	fmt.Println(strings.HasPrefix(t, "The"), strings.HasSuffix(t, "dog"), strings.Count(t, "o"), strings.Count("five", ""))
	fmt.Println(strings.ToUpper(t))
	fmt.Println(strings.ToLower("MiXeD ÇASE"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Fields("  a b\t\nc  "))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Printf("%q %q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("a", "a"))
	fmt.Println(strings.Title("hello world"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, "banana xx"))
	fmt.Println(strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.IndexFunc("hello World", func(r rune) bool { return r >= 'A' && r <= 'Z' }))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString("item")
		sb.WriteByte(byte('0' + i))
		sb.WriteRune('→')
	}
	fmt.Println(sb.String(), sb.Len())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.LastIndexByte("a/b/c", '/'), strings.ToTitle("go"))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", func(r rune) bool { return r >= '0' && r <= '9' }))
}

// Output:
// "The quick brown fox jumps over the lazy dog"
// true false true true
// 12 41 -1 4 8 4
// true true 4 5
// THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG
// mixed çase
// ["a" "b" "" "c"]
// ["a" "b,c,d"]
// ["a" "b" "c"]
// ["a" "b" "c"]
// ["a," "b," "c"]
// x-y-z
// ababab true
// oinky oinky oink
// moo moo
// "hi" "hixx" "xxhi"
// "body" "body"
// true -1 1 0
// Hello World
// key value true
// bAnAnA 
// abc
// 6
// item0→item1→item2→ 24
// &lt;b&gt;bold&lt;/b&gt;
// 3 GO
// ["a" "b" "c"]
