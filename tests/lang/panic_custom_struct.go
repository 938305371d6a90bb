package main

import "fmt"

type MyErr struct {
	Code int
	Msg  string
}

func (e MyErr) Error() string { return fmt.Sprintf("MyErr %d: %s", e.Code, e.Msg) }

func main() {
	fmt.Println("start")
	panic(MyErr{404, "not found"})
}

// Output:
// start
// Panic: panic: MyErr 404: not found
// Exit: 2
