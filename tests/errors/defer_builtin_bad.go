package main

func main() {
	s := []int{}
	defer len(s) // ERROR "defer discards result of len|not used"
	defer 1      // ERROR "expression in defer must be function call|must be function call"
}
