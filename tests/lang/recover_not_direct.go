package main

import "fmt"

func helper() {
	fmt.Println("helper recover:", recover())
}

func tryIndirect() {
	defer func() {
		fmt.Println("direct recover:", recover())
	}()
	defer func() {
		helper()
	}()
	panic("p1")
}

func main() {
	fmt.Println("no panic recover:", recover())
	tryIndirect()
	fmt.Println("done")
}

// Output:
// no panic recover: <nil>
// helper recover: <nil>
// direct recover: p1
// done
