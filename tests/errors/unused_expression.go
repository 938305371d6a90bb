package main

func f() int { return 1 }

func main() {
	x := 1
	x + 1       // ERROR "x [+] 1 [(]value of type int[)] is not used"
	x == 2      // ERROR "is not used"
	"constant"  // ERROR "is not used"
	s := []int{}
	append(s, 1) // ERROR "is not used"
	f()
	len(s) // ERROR "is not used"
}
