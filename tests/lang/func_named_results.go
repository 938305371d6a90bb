package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func minmax(xs []int) (lo, hi int) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi
}

func parse(s string) (n int, ok bool) {
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	ok = true
	return
}

func shadow() (r int) {
	r = 5
	{
		r := 10
		_ = r
	}
	return
}

func main() {
	fmt.Println(split(17))
	fmt.Println(minmax([]int{4, -2, 9, 0}))
	fmt.Println(minmax(nil))
	fmt.Println(parse("1234"))
	fmt.Println(parse("12a"))
	fmt.Println(shadow())
}

// Output:
// 7 10
// -2 9
// 0 0
// 1234 true
// 0 false
// 5
