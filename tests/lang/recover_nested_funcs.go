package main

import "fmt"

func level(n int) {
	defer func() {
		if n == 2 {
			if r := recover(); r != nil {
				fmt.Println("level 2 recovered", r)
			}
		} else {
			fmt.Println("level", n, "unwinding")
		}
	}()
	if n == 4 {
		panic(fmt.Sprint("deep ", n))
	}
	level(n + 1)
	fmt.Println("level", n, "returned normally")
}

func main() {
	level(0)
	fmt.Println("main done")
}

// Output:
// level 4 unwinding
// level 3 unwinding
// level 2 recovered deep 4
// level 1 returned normally
// level 1 unwinding
// level 0 returned normally
// level 0 unwinding
// main done
