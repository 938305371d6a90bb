package main

func main() {
	var a [3]int
	a[5] = 1      // ERROR "index 5 out of bounds|out of range"
	s := []int{1, 2}
	_ = s[-1]     // ERROR "index -1 .*must not be negative"
	n := 2
	var b [n]int  // ERROR "array length n .*must be constant|invalid array length"
	_ = "abc"[10] // ERROR "index 10 out of bounds|out of range"
	_, _ = b, n
}
