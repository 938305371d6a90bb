package main

import "fmt"

// Parses signed decimal numbers with a goto-based state machine.
func parseNumber(s string) (float64, bool) {
	i := 0
	neg := false
	var whole, frac float64
	scale := 1.0
	var c byte

start:
	if i >= len(s) {
		return 0, false
	}
	c = s[i]
	if c == '-' || c == '+' {
		neg = c == '-'
		i++
		goto intDigits
	}
	goto intDigits

intDigits:
	if i >= len(s) {
		goto done
	}
	c = s[i]
	if c >= '0' && c <= '9' {
		whole = whole*10 + float64(c-'0')
		i++
		goto intDigits
	}
	if c == '.' {
		i++
		goto fracDigits
	}
	return 0, false

fracDigits:
	if i >= len(s) {
		goto done
	}
	c = s[i]
	if c < '0' || c > '9' {
		return 0, false
	}
	scale /= 10
	frac += float64(c-'0') * scale
	i++
	goto fracDigits

done:
	v := whole + frac
	if neg {
		v = -v
	}
	return v, true
	goto start // unreachable but legal
}

func main() {
	for _, s := range []string{"42", "-3.25", "+0.5", "12.", "abc", "", "1.2.3", "-"} {
		v, ok := parseNumber(s)
		fmt.Printf("%q -> %v %v\n", s, v, ok)
	}
}

// Output:
// "42" -> 42 true
// "-3.25" -> -3.25 true
// "+0.5" -> 0.5 true
// "12." -> 12 true
// "abc" -> 0 false
// "" -> 0 false
// "1.2.3" -> 0 false
// "-" -> -0 true
