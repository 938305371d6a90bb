package main

import "fmt"

func tracker() (func(string), func() []string) {
	var events []string
	add := func(e string) { events = append(events, e) }
	return add, func() []string { return events }
}

func process(add func(string)) (status string) {
	add("begin")
	defer func() {
		add("cleanup " + status)
		status = status + "+cleaned"
	}()
	status = "working"
	add(status)
	return "done"
}

func main() {
	add, get := tracker()
	fmt.Println(process(add))
	fmt.Println(get())
}

// Output:
// done+cleaned
// [begin working cleanup done]
