package main

import "fmt"

func level2() {
	defer func() {
		r := recover()
		fmt.Println("level2 got", r)
		panic(fmt.Sprint("re-", r))
	}()
	panic("first")
}

func level1() {
	defer func() {
		fmt.Println("level1 got", recover())
	}()
	level2()
}

func main() {
	level1()
	fmt.Println("ok")
}

// Output:
// level2 got first
// level1 got re-first
// ok
