package main

import "fmt"

func main() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

// Output:
// body done
// deferred 3
// deferred 2
// deferred 1
// deferred 0
