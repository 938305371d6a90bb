package main

import "fmt"

// A scanner whose methods read and update fields through a pointer receiver.
type scanner struct {
	src  string
	pos  int
	line int
	buf  []byte
}

func (s *scanner) peek() byte {
	for s.pos < len(s.src) && s.src[s.pos] == ' ' {
		s.pos++
	}
	if s.pos < len(s.src) {
		return s.src[s.pos]
	}
	return 0
}

func (s *scanner) next() byte {
	c := s.peek()
	if c != 0 {
		s.pos++
		s.buf = append(s.buf, c)
		if c == '\n' {
			s.line++
		}
	}
	return c
}

func main() {
	s := &scanner{src: "  ab c\nd"}
	fmt.Println(s.peek(), s.pos)
	for c := s.next(); c != 0; c = s.next() {
		fmt.Printf("%q ", c)
	}
	fmt.Println()
	fmt.Println(s.pos, s.line, string(s.buf))
	v := scanner{src: " 1"}
	switch c := v.peek(); {
	case c >= '0' && c <= '9':
		fmt.Println("digit", c-'0')
	case c == 0:
		fmt.Println("end")
	}
	p := &v
	p.src = "xyz"
	p.pos = 1
	fmt.Println(string(p.src[p.pos]), p.src[p.pos:], len(p.src[:p.pos]))
}

// Output:
// 97 2
// 'a' 'b' 'c' '\n' 'd' 
// 8 1 abc
// d
// digit 1
// y yz 1
