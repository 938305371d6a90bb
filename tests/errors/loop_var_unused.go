package main

func main() {
	for i, v := range []int{1} { // ERROR "declared (and|but) not used"
		_ = v
	}
	for k := 0; k < 3; {
		break
	}
}
