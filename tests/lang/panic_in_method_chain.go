package main

import (
	"errors"
	"fmt"
)

type Parser struct{ tokens []string }

func (p *Parser) expect(tok string) {
	if len(p.tokens) == 0 || p.tokens[0] != tok {
		panic(errors.New("expected " + tok))
	}
	p.tokens = p.tokens[1:]
}

func (p *Parser) parseCall() {
	p.expect("f")
	p.expect("(")
	p.expect(")")
	fmt.Println("parsed call")
}

func main() {
	(&Parser{[]string{"f", "(", ")"}}).parseCall()
	(&Parser{[]string{"f", "("}}).parseCall()
}

// Output:
// parsed call
// Panic: panic: expected )
// Exit: 2
