package main

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func flush() {
	fmt.Println(trace)
	trace = nil
}

func pair() (int, int) {
	trace = append(trace, "pair")
	return 1, 2
}

func truthy(name string, v bool) bool {
	trace = append(trace, name)
	return v
}

func main() {
	_ = t("a", 1) + t("b", 2)*t("c", 3)
	flush()
	f := func(a, b, c int) int { return a + b + c }
	f(t("x", 1), t("y", 2), t("z", 3))
	flush()
	s := []int{t("s0", 0), t("s1", 1)}
	m := map[string]int{"k": t("m", 5)}
	_, _ = s, m
	flush()
	_ = truthy("p", false) && truthy("q", true)
	_ = truthy("r", true) || truthy("s", true)
	_ = truthy("u", true) && truthy("v", false) || truthy("w", true)
	flush()
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 1, 9 // index evaluated before assignment
	fmt.Println(i, a)
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	a[0], a[1], a[2] = a[2], a[0], a[1]
	fmt.Println(a)
	p, q := pair()
	fmt.Println(p, q)
	flush()
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	j := 0
	j += t("rhs", 5)
	fmt.Println(j)
	flush()
	b := []int{1, 2, 3}
	k := 0
	b[k], k = 10, 2
	fmt.Println(b, k)
}

// Output:
// [a b c]
// [x y z]
// [s0 s1 m]
// [p r u v w]
// 1 [9 0 0]
// 2 1
// [0 9 0]
// 1 2
// [pair]
// 0 1 1 2 2 3 
// 5
// [rhs]
// [10 2 3] 2
