package main

import "fmt"

func scan(items []string) (found string) {
	defer func() { fmt.Println("scan finished with", found) }()
	for i, it := range items {
		defer fmt.Println("visited", i)
		if it == "stop" {
			found = it
			break
		}
	}
	return
}

func main() {
	scan([]string{"a", "stop", "b"})
	scan(nil)
}

// Output:
// visited 1
// visited 0
// scan finished with stop
// scan finished with 
