package main

import "fmt"

type Result struct {
	Values []int
	Err    string
}

func collect() (r Result) {
	defer func() {
		r.Values = append(r.Values, 99)
		if rec := recover(); rec != nil {
			r.Err = fmt.Sprint(rec)
		}
	}()
	r.Values = []int{1, 2}
	panic("interrupted")
}

func multi() (a, b int, s string) {
	defer func() { a, b = b, a; s += "!" }()
	return 1, 2, "hi"
}

func main() {
	fmt.Printf("%+v\n", collect())
	fmt.Println(multi())
}

// Output:
// {Values:[1 2 99] Err:interrupted}
// 2 1 hi!
