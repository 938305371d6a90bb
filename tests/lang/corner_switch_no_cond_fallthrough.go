package main

import "fmt"

func grade(score int) (g string) {
	switch {
	case score >= 90:
		g = "A"
	case score >= 80:
		g = "B"
	default:
		g = "F"
	}
	return
}

func flow(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one-or-fell")
		fallthrough
	default:
		out = append(out, "default")
	case 5:
		out = append(out, "five")
	}
	return out
}

func main() {
	for _, s := range []int{95, 85, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, n := range []int{0, 1, 2, 5} {
		fmt.Println(n, flow(n))
	}
}

// Output:
// A B F 
// 0 [zero one-or-fell default]
// 1 [one-or-fell default]
// 2 [default]
// 5 [five]
