package main

import (
	"errors"
	"fmt"
	"strings"
)

func run(prog string, input string) (string, error) {
	// precompute matching brackets
	jump := make(map[int]int)
	var stack []int
	for i, c := range prog {
		switch c {
		case '[':
			stack = append(stack, i)
		case ']':
			if len(stack) == 0 {
				return "", fmt.Errorf("unmatched ] at %d", i)
			}
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			jump[i], jump[j] = j, i
		}
	}
	if len(stack) > 0 {
		return "", errors.New("unmatched [")
	}
	tape := make([]byte, 30000)
	ptr, in := 0, 0
	var out strings.Builder
	for pc := 0; pc < len(prog); pc++ {
		switch prog[pc] {
		case '>':
			ptr++
		case '<':
			ptr--
		case '+':
			tape[ptr]++
		case '-':
			tape[ptr]--
		case '.':
			out.WriteByte(tape[ptr])
		case ',':
			if in < len(input) {
				tape[ptr] = input[in]
				in++
			} else {
				tape[ptr] = 0
			}
		case '[':
			if tape[ptr] == 0 {
				pc = jump[pc]
			}
		case ']':
			if tape[ptr] != 0 {
				pc = jump[pc]
			}
		}
	}
	return out.String(), nil
}

const hello = `++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.`

// reverses its input
const rev = `>,[>,]<[.<]`

func main() {
	out, err := run(hello, "")
	fmt.Printf("%q %v\n", out, err)
	out, err = run(rev, "golem")
	fmt.Printf("%q %v\n", out, err)
	_, err = run("[[]", "")
	fmt.Println(err)
	_, err = run("+]", "")
	fmt.Println(err)
	out, _ = run("-.", "")
	fmt.Println([]byte(out))
}

// Output:
// "Hello World!\n" <nil>
// "melog" <nil>
// unmatched [
// unmatched ] at 1
// [255]
