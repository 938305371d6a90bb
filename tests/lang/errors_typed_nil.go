package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func mayFailCorrect(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	fmt.Println(mayFail(false) == nil)
	fmt.Println(mayFailCorrect(false) == nil)
	fmt.Println(mayFail(true))
	fmt.Printf("%T\n", mayFail(false))
}

// Output:
// false
// true
// my error
// *main.MyErr
