package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

func caesar(s string, shift int) string {
	shift = (shift%26 + 26) % 26
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+byte(shift))%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+byte(shift))%26
		}
	}
	return string(b)
}

func rleEncode(s string) string {
	var sb strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if j-i > 1 {
			sb.WriteString(strconv.Itoa(j - i))
		}
		sb.WriteRune(rs[i])
		i = j
	}
	return sb.String()
}

func rleDecode(s string) string {
	var sb strings.Builder
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n = n*10 + int(r-'0')
			continue
		}
		if n == 0 {
			n = 1
		}
		sb.WriteString(strings.Repeat(string(r), n))
		n = 0
	}
	return sb.String()
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func vowelCount(s string) map[rune]int {
	m := map[rune]int{}
	for _, r := range strings.ToLower(s) {
		if strings.ContainsRune("aeiou", r) {
			m[r]++
		}
	}
	return m
}

func main() {
	msg := "The Quick Brown Fox, 2024!"
	enc := caesar(msg, 3)
	fmt.Println(enc)
	fmt.Println(caesar(enc, -3))
	fmt.Println(caesar("xyz", 29), caesar("abc", -27))
	for _, s := range []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aaa", "", "ééé世世x"} {
		e := rleEncode(s)
		fmt.Printf("%q -> %q ok=%v\n", s, e, rleDecode(e) == s)
	}
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""} {
		fmt.Println(isPalindrome(s))
	}
	fmt.Println(vowelCount("Programming in Go is a lot of fun"))
	fmt.Println(utf8.RuneCountInString(rleEncode("ééé世世x")))
}

// Output:
// Wkh Txlfn Eurzq Ira, 2024!
// The Quick Brown Fox, 2024!
// abc zab
// "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW" -> "12WB12W3B24WB14W" ok=true
// "abc" -> "abc" ok=true
// "aaa" -> "3a" ok=true
// "" -> "" ok=true
// "ééé世世x" -> "3é2世x" ok=true
// true
// false
// true
// true
// map[97:2 105:3 111:4 117:1]
// 5
