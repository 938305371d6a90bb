package main

func main() {
	f := 1.5
	_ = string(f)      // ERROR "cannot convert f"
	_ = []int("abc")   // ERROR "cannot convert"
	var b bool
	_ = int(b)         // ERROR "cannot convert b"
}
