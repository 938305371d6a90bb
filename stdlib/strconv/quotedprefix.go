// quotedprefix.go - QuotedPrefix: the quoted literal at the front of s.
// The literal's end is found by scanning (a backslash skips the next
// byte; a newline ends a "..." or '...' literal unclosed), then Unquote
// checks it, so the rules are exactly Unquote's.
package strconv

// QuotedPrefix returns the quoted string ("...", `...` or '...') at the
// start of s, or ErrSyntax when s does not start with a valid one.
func QuotedPrefix(s string) (string, error) {
	if len(s) < 2 {
		return "", ErrSyntax
	}
	quote := s[0]
	switch quote {
	case '`':
		for i := 1; i < len(s); i++ {
			if s[i] == '`' {
				return s[:i+1], nil
			}
		}
		return "", ErrSyntax
	case '"', '\'':
		for i := 1; i < len(s); i++ {
			switch s[i] {
			case '\\':
				i++
			case '\n':
				return "", ErrSyntax
			case quote:
				if _, err := Unquote(s[:i+1]); err != nil {
					return "", err
				}
				return s[:i+1], nil
			}
		}
	}
	return "", ErrSyntax
}
