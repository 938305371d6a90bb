package main

import "fmt"

func main() {
	f := 3.7
	fmt.Println(int(f), int(-f), int64(f*10), uint8(int(f)))
	i := 1 << 40
	fmt.Println(int32(i), int16(i+5), uint32(i-1))
	var r rune = 'Ω'
	fmt.Println(r, byte(r), string(r), int(r))
	fmt.Println(float32(0.1) == 0.1, float64(float32(0.1)))
	x := 255
	fmt.Println(int8(x), uint8(x+1))
	const c = 'a'
	var b byte = c
	fmt.Println(b, float64(c)/2)
	fmt.Printf("%.3f %v\n", float64(7)/3, 7/3)
}

// Output:
// 3 -3 37 3
// 0 5 4294967295
// 937 169 Ω 937
// true 0.10000000149011612
// -1 0
// 97 48.5
// 2.333 2
