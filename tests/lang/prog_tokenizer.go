package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Number
	String
	Op
	LParen
	RParen
	Illegal
)

var kindNames = map[Kind]string{
	EOF: "EOF", Ident: "IDENT", Number: "NUMBER", String: "STRING",
	Op: "OP", LParen: "(", RParen: ")", Illegal: "ILLEGAL",
}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func (t Token) String() string {
	return fmt.Sprintf("%d:%v(%q)", t.Pos, t.Kind, t.Text)
}

type Lexer struct {
	src string
	pos int
}

func isLetter(r rune) bool { return r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 }
func isDigit(r rune) bool  { return r >= '0' && r <= '9' }

func (l *Lexer) peek() (rune, int) {
	if l.pos >= len(l.src) {
		return 0, 0
	}
	return utf8.DecodeRuneInString(l.src[l.pos:])
}

func (l *Lexer) Next() Token {
	for {
		r, w := l.peek()
		if w == 0 || !strings.ContainsRune(" \t\n", r) {
			break
		}
		l.pos += w
	}
	start := l.pos
	r, w := l.peek()
	if w == 0 {
		return Token{EOF, "", start}
	}
	switch {
	case isLetter(r):
		for w > 0 && (isLetter(r) || isDigit(r)) {
			l.pos += w
			r, w = l.peek()
		}
		return Token{Ident, l.src[start:l.pos], start}
	case isDigit(r):
		seenDot := false
		for w > 0 && (isDigit(r) || r == '.' && !seenDot) {
			if r == '.' {
				seenDot = true
			}
			l.pos += w
			r, w = l.peek()
		}
		return Token{Number, l.src[start:l.pos], start}
	case r == '"':
		l.pos++
		var sb strings.Builder
		for {
			r, w = l.peek()
			if w == 0 {
				return Token{Illegal, "unterminated string", start}
			}
			l.pos += w
			if r == '"' {
				break
			}
			if r == '\\' {
				r, w = l.peek()
				l.pos += w
				switch r {
				case 'n':
					r = '\n'
				case 't':
					r = '\t'
				}
			}
			sb.WriteRune(r)
		}
		return Token{String, sb.String(), start}
	case r == '(':
		l.pos++
		return Token{LParen, "(", start}
	case r == ')':
		l.pos++
		return Token{RParen, ")", start}
	}
	for _, op := range []string{"==", "!=", "<=", ">=", "&&", "||", "+", "-", "*", "/", "<", ">", "=", "!"} {
		if strings.HasPrefix(l.src[l.pos:], op) {
			l.pos += len(op)
			return Token{Op, op, start}
		}
	}
	l.pos += w
	return Token{Illegal, string(r), start}
}

func tokenize(src string) []Token {
	l := &Lexer{src: src}
	var toks []Token
	for {
		t := l.Next()
		toks = append(toks, t)
		if t.Kind == EOF {
			return toks
		}
	}
}

func main() {
	inputs := []string{
		`x1 = (a + 42) * 3.14`,
		`if count >= 10 && !done print("hi\tthere")`,
		`größe != 7 # @`,
		`"open`,
	}
	for _, in := range inputs {
		toks := tokenize(in)
		fmt.Println(len(toks), toks)
	}
	counts := map[Kind]int{}
	for _, t := range tokenize(strings.Repeat("a + 1 ", 50)) {
		counts[t.Kind]++
	}
	fmt.Println(counts[Ident], counts[Op], counts[Number], counts[EOF])
}

// Output:
// 10 [0:IDENT("x1") 3:OP("=") 5:(("(") 6:IDENT("a") 8:OP("+") 10:NUMBER("42") 12:)(")") 14:OP("*") 16:NUMBER("3.14") 20:EOF("")]
// 12 [0:IDENT("if") 3:IDENT("count") 9:OP(">=") 12:NUMBER("10") 15:OP("&&") 18:OP("!") 19:IDENT("done") 24:IDENT("print") 29:(("(") 30:STRING("hi\tthere") 41:)(")") 42:EOF("")]
// 6 [0:IDENT("größe") 8:OP("!=") 11:NUMBER("7") 13:ILLEGAL("#") 15:ILLEGAL("@") 16:EOF("")]
// 2 [0:ILLEGAL("unterminated string") 5:EOF("")]
// 50 50 50 1
