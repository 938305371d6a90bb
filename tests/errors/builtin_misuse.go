package main

func main() {
	_ = len(5)         // ERROR "invalid argument: 5 .*for (built-in )?len"
	var m map[string]int
	_ = cap(m)         // ERROR "invalid argument: m .*for (built-in )?cap"
	s := []int{}
	s = append(1, s)   // ERROR "(invalid argument: 1 .* is not a slice|first argument to append must be a slice)"
	delete(s, 0)       // ERROR "invalid argument: s .* is not a map|not a map"
	_ = make(int)      // ERROR "invalid argument: cannot make int|cannot make int"
	var x int
	copy(x, s) // ERROR "copy expects slice arguments|invalid argument: copy expects slice arguments"
}
