package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{
		`"hello" world`, `"esc\"aped" tail`, "`raw\nstring` x", `'a' rest`, `'\n'`, `'ab'`,
		`"unterminated`, `"new
line"`, `""`, "``", `''`, `"\x41\u00e9\U0001F600"...`, `"\q"`, `x"no"`, ``, `"`, "`", `'\''`,
		`"tab	in"`, `"\400"`, `'\u12'`, `"a\\"b`,
	} {
		p, err := strconv.QuotedPrefix(s)
		fmt.Printf("%q -> %q %v\n", s, p, err)
	}
}

// Output:
// "\"hello\" world" -> "\"hello\"" <nil>
// "\"esc\\\"aped\" tail" -> "\"esc\\\"aped\"" <nil>
// "`raw\nstring` x" -> "`raw\nstring`" <nil>
// "'a' rest" -> "'a'" <nil>
// "'\\n'" -> "'\\n'" <nil>
// "'ab'" -> "" invalid syntax
// "\"unterminated" -> "" invalid syntax
// "\"new\nline\"" -> "" invalid syntax
// "\"\"" -> "\"\"" <nil>
// "``" -> "``" <nil>
// "''" -> "''" <nil>
// "\"\\x41\\u00e9\\U0001F600\"..." -> "\"\\x41\\u00e9\\U0001F600\"" <nil>
// "\"\\q\"" -> "" invalid syntax
// "x\"no\"" -> "" invalid syntax
// "" -> "" invalid syntax
// "\"" -> "" invalid syntax
// "`" -> "" invalid syntax
// "'\\''" -> "'\\''" <nil>
// "\"tab\tin\"" -> "\"tab\tin\"" <nil>
// "\"\\400\"" -> "" invalid syntax
// "'\\u12'" -> "" invalid syntax
// "\"a\\\\\"b" -> "\"a\\\\\"" <nil>
