package main

import (
	"fmt"
	"runtime"
)

func catch(f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		_, isErr := r.(error)
		fmt.Printf("%v | runtime=%v error=%v\n", r, isRT, isErr)
	}()
	f()
}

func main() {
	catch(func() { var m map[int]int; m[1] = 1 })
	catch(func() { var x interface{} = 1; _ = x.(fmt.Stringer) })
	catch(func() { a := make([]int, 2); i := -1; _ = a[i+0:] })
	catch(func() { ch := make(chan int); close(ch); close(ch) })
	catch(func() { panic(fmt.Errorf("plain error")) })
	catch(func() { x := 0; _ = 5 % x })
}

// Output:
// assignment to entry in nil map | runtime=true error=true
// interface conversion: int is not fmt.Stringer: missing method String | runtime=true error=true
// runtime error: slice bounds out of range [-1:] | runtime=true error=true
// close of closed channel | runtime=true error=true
// plain error | runtime=false error=true
// runtime error: integer divide by zero | runtime=true error=true
