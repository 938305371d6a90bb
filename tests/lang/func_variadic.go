package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func count(prefix string, xs ...interface{}) string {
	return fmt.Sprint(prefix, len(xs), xs == nil)
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 100
	}
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(join("-", "a", "b", "c"))
	fmt.Println(join(","))
	words := []string{"x", "y"}
	fmt.Println(join("+", words...))
	fmt.Println(count("n=", 1, "a", nil))
	fmt.Println(count("n="))
	modify(nums...)
	fmt.Println(nums)
	modify(1, 2)
	fmt.Println(fmt.Sprintln("a", 1, 2.5))
	args := []interface{}{"v", 42}
	fmt.Println(args...)
}

// Output:
// 0 1 6
// 15
// a-b-c
//
// x+y
// n=3 false
// n=0 true
// [100 5 6]
// a 1 2.5
//
// v 42
