package main

import (
	"errors"
	"fmt"
	"os"
)

type exitCode int

func run(step int) (code int) {
	defer func() {
		switch v := recover().(type) {
		case nil:
		case exitCode:
			code = int(v)
		default:
			fmt.Println("unexpected:", v)
			code = 99
		}
	}()
	switch step {
	case 1:
		panic(exitCode(3))
	case 2:
		panic(errors.New("boom"))
	}
	return 0
}

func main() {
	fmt.Println(run(0), run(1), run(2))
	if run(1) == 3 {
		fmt.Println("exiting with 4")
		os.Exit(4)
	}
}

// Output:
// unexpected: boom
// 0 3 99
// exiting with 4
// Exit: 4
