package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	i := 0
loop:
	if i < 3 {
		fmt.Println("goto", i)
		i++
		goto loop
	}
sw:
	switch {
	case true:
		for k := 0; k < 5; k++ {
			if k == 1 {
				break sw
			}
			fmt.Println("k", k)
		}
	}
	fmt.Println("end")
}

// Output:
// 0 0
// 0 1
// 1 0
// 1 1
// goto 0
// goto 1
// goto 2
// k 0
// end
