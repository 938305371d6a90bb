// Case expressions that are comparisons keep their own operand type:
// float == compares by IEEE rules (-0 == 0, NaN != NaN) in tagless and
// bool-tagged switches, and interface tags compare with concrete cases.
package main

import (
	"fmt"
	"math"
)

func classify(x, y float64) string {
	switch {
	case x == y:
		return "equal"
	case x < y:
		return "less"
	case x > y:
		return "greater"
	}
	return "unordered"
}

func main() {
	negz := math.Copysign(0, -1)
	nan := math.NaN()
	fmt.Println(classify(negz, 0), classify(nan, nan), classify(1, 2), classify(3, 2))
	switch true {
	case negz == 0:
		fmt.Println("bool tag: -0 == 0")
	}
	switch false {
	case nan == nan:
		fmt.Println("bool tag: NaN != NaN")
	}
	var v interface{} = 2.5
	switch v {
	case 1:
		fmt.Println("int one")
	case 2.5:
		fmt.Println("float 2.5")
	}
	var f32 float32 = float32(negz)
	switch {
	case f32 == 0 && 1/f32 < 0:
		fmt.Println("float32 negative zero")
	}
}

// Output:
// equal unordered less greater
// bool tag: -0 == 0
// bool tag: NaN != NaN
// float 2.5
// float32 negative zero
