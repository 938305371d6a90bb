package main

import "fmt"

func sign(n int) int {
	switch {
	case n > 0:
		return 1
	case n < 0:
		return -1
	default:
		return 0
	}
}

func must(ok bool) int {
	if ok {
		return 1
	}
	panic("not ok")
}

func loop(n int) int {
	for {
		if n > 10 {
			return n
		}
		n *= 2
	}
}

func pick(i interface{}) string {
	switch i.(type) {
	case int:
		return "int"
	default:
		return "other"
	}
}

func ifElse(b bool) string {
	if b {
		return "yes"
	} else {
		return "no"
	}
}

func labeled() int {
	i := 0
L:
	for {
		i++
		if i > 3 {
			break L
		}
	}
	return i
}

func sel() int {
	ch := make(chan int, 1)
	ch <- 5
	select {
	case v := <-ch:
		return v
	}
}

func main() {
	fmt.Println(sign(-5), sign(0), sign(9))
	fmt.Println(must(true), loop(3), pick(1), pick("x"), ifElse(false), labeled(), sel())
	defer func() { fmt.Println(recover()) }()
	must(false)
}

// Output:
// -1 0 1
// 1 12 int other no 4 5
// not ok
