package main

func main() {
	x := 1 // ERROR "declared (and|but) not used"
	var y string // ERROR "declared (and|but) not used"
	a, b := 1, 2 // ERROR "declared (and|but) not used"
	_ = a
	for i := 0; i < 3; i++ {
		v := i // ERROR "declared (and|but) not used"
	}
}
