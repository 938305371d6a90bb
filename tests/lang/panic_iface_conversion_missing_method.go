package main

import "fmt"

type Walker interface{ Walk() }
type Rock struct{}

func main() {
	var x interface{} = Rock{}
	if _, ok := x.(Walker); !ok {
		fmt.Println("rock cannot walk")
	}
	w := x.(Walker)
	w.Walk()
}

// Output:
// rock cannot walk
// Panic: panic: interface conversion: main.Rock is not main.Walker: missing method Walk
// Exit: 2
