package main

type Key struct {
	parts []string
}

func main() {
	var a map[[]int]string   // ERROR "invalid map key type"
	var b map[Key]int        // ERROR "invalid map key type"
	var c map[func()]bool    // ERROR "invalid map key type"
	var d map[[2]int]bool
	_, _, _, _ = a, b, c, d
}
