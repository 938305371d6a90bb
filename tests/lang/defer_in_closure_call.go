package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		func() {
			defer fmt.Println("inner defer", i)
			fmt.Println("inner body", i)
		}()
	}
	fn := func() (s string) {
		defer func() { s = "changed:" + s }()
		s = "orig"
		return s + "+ret"
	}
	fmt.Println(fn())
}

// Output:
// inner body 0
// inner defer 0
// inner body 1
// inner defer 1
// inner body 2
// inner defer 2
// changed:orig+ret
