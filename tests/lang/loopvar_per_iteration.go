//go:build go1.22

package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()

	var ks []func() (int, int)
	for k, v := range []int{10, 20} {
		ks = append(ks, func() (int, int) { return k, v })
	}
	for _, f := range ks {
		fmt.Println(f())
	}

	// the body changes this iteration's copy; the next iteration starts
	// from that value and then runs the post statement on its own copy
	var hs []func() int
	for i := 0; i < 6; i++ {
		hs = append(hs, func() int { return i })
		i++
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()

	// a closure that modifies its iteration's variable
	var incs []func() int
	for i := 0; i < 2; i++ {
		incs = append(incs, func() int { i += 10; return i })
	}
	fmt.Println(incs[0](), incs[0](), incs[1]())
}

// Output:
// 0 1 2 
// 0 1 2 
// abc
// 0 10
// 1 20
// 1 3 5 
// 10 20 11
