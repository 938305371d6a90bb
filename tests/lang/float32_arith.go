package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, a*b, a/b, b-a)
	fmt.Println(float64(a+b), float64(a)+float64(b))
	var sum float32
	for i := 0; i < 1000; i++ {
		sum += 0.001
	}
	fmt.Println(sum)
	var sum64 float64
	for i := 0; i < 1000; i++ {
		sum64 += 0.001
	}
	fmt.Println(sum64)
	var big float32 = 16777216
	fmt.Println(big+1, big+2, big*big)
	var third float32 = 1.0 / 3.0
	fmt.Println(third, third*3, float64(third))
	fmt.Printf("%v %g %.10f %e\n", third, third, third, third)
	x := float32(1e38)
	fmt.Println(x*10, -x*10)
	var tiny float32 = 1e-45
	fmt.Println(tiny, tiny/2)
	f := float32(2.5)
	fmt.Println(int(f), int32(f*3), uint8(f*100))
	vals := []float32{1.5, 2.25, 1e10, 3.4028235e38, 1.17549435e-38}
	fmt.Println(vals)
	var c float32 = 100
	fmt.Println((c - 32) * 5 / 9)
}

// Output:
// 0.3 0.020000001 0.5 0.1
// 0.30000001192092896 0.30000000447034836
// 0.9999907
// 1.0000000000000007
// 1.6777216e+07 1.6777218e+07 2.8147498e+14
// 0.33333334 1 0.3333333432674408
// 0.33333334 0.33333334 0.3333333433 3.333333e-01
// +Inf -Inf
// 1e-45 0
// 2 7 250
// [1.5 2.25 1e+10 3.4028235e+38 1.1754944e-38]
// 37.77778
