package main

// Strings built by strings.Builder (whose buffer grows and is copied
// while collections run), bytes.Buffer contents, strings.Split results
// and substrings that keep a large string's data alive all survive.

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
)

func build(i int) string {
	var b strings.Builder
	for j := 0; j < 200; j++ {
		b.WriteString("w")
		b.WriteByte(byte('a' + j%26))
		if j%50 == 0 {
			runtime.GC()
		}
	}
	fmt.Fprintf(&b, "#%d", i)
	return b.String()
}

func checksum(s string) int {
	h := 0
	for i := 0; i < len(s); i++ {
		h = (h*31 + int(s[i])) % 1000003
	}
	return h
}

func main() {
	var built []string
	for i := 0; i < 10; i++ {
		built = append(built, build(i))
	}
	var buf bytes.Buffer
	for i := 0; i < 500; i++ {
		fmt.Fprintf(&buf, "line %d\n", i)
	}
	big := strings.Repeat("0123456789", 5000)
	subs := []string{big[100:110], big[49990:], big[25000:25003]}
	big = ""
	parts := strings.Split(strings.Repeat("x,yy,zzz,", 100), ",")
	upper := strings.ToUpper(strings.Join(parts[:9], "-"))

	for r := 0; r < 5; r++ {
		var junk []string
		for i := 0; i < 2000; i++ {
			junk = append(junk, strings.Repeat("j", i%40))
		}
		_ = junk
		runtime.GC()
	}

	s := 0
	for _, b := range built {
		s += checksum(b) + len(b)
	}
	fmt.Println("built", s, built[9][len(built[9])-4:])
	lines := strings.Split(buf.String(), "\n")
	fmt.Println("buffer", buf.Len(), len(lines), lines[499], checksum(buf.String()))
	fmt.Println("subs", subs)
	fmt.Println("parts", len(parts), upper)
}

// Output:
// built 5034025 wr#9
// buffer 4390 501 line 499 783443
// subs [0123456789 0123456789 012]
// parts 301 X-YY-ZZZ-X-YY-ZZZ-X-YY-ZZZ
