package main

import (
	"fmt"
	"strconv"
	"strings"
)

// A small stack-based bytecode VM with an assembler.

type Op byte

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	DIV
	DUP
	SWAP
	JMP
	JZ
	LT
	PRINT
	HALT
	LOAD
	STORE
)

var opNames = map[string]Op{
	"push": PUSH, "add": ADD, "sub": SUB, "mul": MUL, "div": DIV, "dup": DUP, "swap": SWAP,
	"jmp": JMP, "jz": JZ, "lt": LT, "print": PRINT, "halt": HALT, "load": LOAD, "store": STORE,
}

type Instr struct {
	Op  Op
	Arg int
}

func assemble(src string) ([]Instr, error) {
	labels := map[string]int{}
	var lines [][]string
	for _, line := range strings.Split(src, "\n") {
		if i := strings.Index(line, ";"); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if strings.HasSuffix(f[0], ":") {
			labels[strings.TrimSuffix(f[0], ":")] = len(lines)
			f = f[1:]
			if len(f) == 0 {
				continue
			}
		}
		lines = append(lines, f)
	}
	prog := make([]Instr, 0, len(lines))
	for i, f := range lines {
		op, ok := opNames[f[0]]
		if !ok {
			return nil, fmt.Errorf("instr %d: unknown op %q", i, f[0])
		}
		in := Instr{Op: op}
		if len(f) > 1 {
			if n, err := strconv.Atoi(f[1]); err == nil {
				in.Arg = n
			} else if t, ok := labels[f[1]]; ok {
				in.Arg = t
			} else {
				return nil, fmt.Errorf("instr %d: bad operand %q", i, f[1])
			}
		}
		prog = append(prog, in)
	}
	return prog, nil
}

type VM struct {
	stack []int
	vars  [8]int
	out   []string
	steps int
}

func (vm *VM) pop() int {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) Run(prog []Instr) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("vm fault after %d steps: %v", vm.steps, r)
		}
	}()
	for pc := 0; pc < len(prog); {
		in := prog[pc]
		pc++
		vm.steps++
		switch in.Op {
		case PUSH:
			vm.push(in.Arg)
		case ADD, SUB, MUL, DIV, LT:
			b, a := vm.pop(), vm.pop()
			switch in.Op {
			case ADD:
				vm.push(a + b)
			case SUB:
				vm.push(a - b)
			case MUL:
				vm.push(a * b)
			case DIV:
				vm.push(a / b)
			case LT:
				if a < b {
					vm.push(1)
				} else {
					vm.push(0)
				}
			}
		case DUP:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case SWAP:
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case JMP:
			pc = in.Arg
		case JZ:
			if vm.pop() == 0 {
				pc = in.Arg
			}
		case PRINT:
			vm.out = append(vm.out, strconv.Itoa(vm.pop()))
		case LOAD:
			vm.push(vm.vars[in.Arg])
		case STORE:
			vm.vars[in.Arg] = vm.pop()
		case HALT:
			return nil
		}
	}
	return nil
}

const factorial = `
	push 1
	store 0        ; acc = 1
	push 10
	store 1        ; n = 10
loop:
	push 0
	load 1
	lt             ; 0 < n ?
	jz done
	load 0
	load 1
	mul
	store 0
	load 1
	push 1
	sub
	store 1
	load 0
	print
	jmp loop
done:
	load 0
	print
	halt
`

func main() {
	prog, err := assemble(factorial)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(prog), "instructions")
	vm := &VM{}
	err = vm.Run(prog)
	fmt.Println(strings.Join(vm.out, " "), err, vm.steps)
	bad, _ := assemble("push 1\npush 0\ndiv\nprint")
	vm2 := &VM{}
	fmt.Println(vm2.Run(bad))
	_, err = assemble("push 1\nfrobnicate")
	fmt.Println(err)
	_, err = assemble("jmp nowhere")
	fmt.Println(err)
	under, _ := assemble("add")
	fmt.Println((&VM{}).Run(under))
}

// Output:
// 22 instructions
// 10 90 720 5040 30240 151200 604800 1814400 3628800 3628800 3628800 <nil> 161
// vm fault after 3 steps: runtime error: integer divide by zero
// instr 1: unknown op "frobnicate"
// instr 0: bad operand "nowhere"
// vm fault after 1 steps: runtime error: index out of range [-1]
