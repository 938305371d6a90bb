package main

import "fmt"

func findPair(xs []int, target int) (int, int) {
outer:
	for i := 0; i < len(xs); i++ {
		for j := i + 1; j < len(xs); j++ {
			if xs[i]+xs[j] == target {
				return i, j
			}
			if xs[i]+xs[j] > 1000 {
				continue outer
			}
		}
	}
	return -1, -1
}

func main() {
	fmt.Println(findPair([]int{1, 5, 9, 14, 20}, 23))
	fmt.Println(findPair([]int{1, 2}, 10))

	count := 0
rows:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				continue rows
			}
			if i == 4 {
				break rows
			}
			count++
		}
	}
	fmt.Println(count)

	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()

	n := 0
	goto skip
skip:
	n++
	fmt.Println("n", n)

sw:
	switch {
	case true:
		for k := 0; k < 10; k++ {
			if k == 2 {
				break sw
			}
			fmt.Println("k", k)
		}
	}
	fmt.Println("after switch")

	x := 0
	for {
		switch {
		case x >= 3:
			goto done
		}
		x++
	}
done:
	fmt.Println("x", x)
}

// Output:
// 2 3
// -1 -1
// 10
// 0 1 2 3 4 
// n 1
// k 0
// k 1
// after switch
// x 3
