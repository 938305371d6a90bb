package main

func sum(xs ...int) int { return len(xs) }

func pair(a, b int) int { return a + b }

func main() {
	s := []int{1, 2}
	_ = sum(s...)
	_ = pair(s...)      // ERROR "cannot use [.][.][.] in call to non-variadic pair|have [(][.][.][.]int[)]|not enough arguments"
	_ = sum(1, s...)    // ERROR "too many arguments|can only use [.][.][.] with final argument|have [(]number, [.][.][.]int[)]"
	strs := []string{"a"}
	_ = sum(strs...)    // ERROR "cannot use strs .* as (type )?\[\]int( value)?"
}
