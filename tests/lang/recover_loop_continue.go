package main

import "fmt"

func process(i int) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprintf("item %d failed: %v", i, r)
		}
	}()
	if i%3 == 0 {
		panic(fmt.Sprintf("multiple of three (%d)", i))
	}
	arr := [4]int{}
	return fmt.Sprint("item ", i, " -> ", arr[i%4])
}

func main() {
	for i := 1; i <= 7; i++ {
		fmt.Println(process(i))
	}
}

// Output:
// item 1 -> 0
// item 2 -> 0
// item 3 failed: multiple of three (3)
// item 4 -> 0
// item 5 -> 0
// item 6 failed: multiple of three (6)
// item 7 -> 0
