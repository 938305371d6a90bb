// A goroutine panics with a value of a user type implementing error and
// with a Stringer: Go prints Error() for errors.
package main

import "fmt"

type failure struct{ code int }

func (f failure) Error() string { return fmt.Sprintf("failure code %d", f.code) }

func main() {
	done := make(chan bool)
	go func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
			done <- true
		}()
		panic(failure{1})
	}()
	<-done
	go func() {
		panic(failure{2})
	}()
	select {}
}

// Output:
// recovered: failure code 1
// Panic: panic: failure code 2
// Exit: 2
