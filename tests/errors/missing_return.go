package main

func sign(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
} // ERROR "missing return"

func loop() int {
	for {
		return 1
	}
}

func sw(x int) string {
	switch x {
	case 1:
		return "one"
	}
} // ERROR "missing return"

func main() {
	_ = sign(1) + loop()
	_ = sw(1)
}
