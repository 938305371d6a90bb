package main

import "fmt"

func classify(f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(interface{ RuntimeError() }); ok {
			fmt.Println("runtime:", e.(error).Error())
		} else if e, ok := r.(error); ok {
			fmt.Println("error:", e.Error())
		} else {
			fmt.Println("value:", r)
		}
	}()
	f()
}

func main() {
	classify(func() {
		a := []int{1}
		i := 4
		a[i] = 0
	})
	classify(func() { panic(fmt.Errorf("wrapped %d", 3)) })
	classify(func() { panic(12) })
	classify(func() {
		var i interface{} = 1.5
		_ = i.(string)
	})
}

// Output:
// runtime: runtime error: index out of range [4] with length 1
// error: wrapped 3
// value: 12
// runtime: interface conversion: interface {} is float64, not string
