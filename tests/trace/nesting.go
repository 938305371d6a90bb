// Arguments of nested aggregates: arrays and structs print as {...},
// an empty one as {}, and nesting deeper than five levels as {...}.
package main

import "fmt"

type inner struct{ a, b int8 }
type level4 struct{ x [1]inner }
type level3 struct{ l level4 }
type level2 struct{ l level3 }
type level1 struct{ l level2 }
type empty struct{}

//go:noinline
func deep(e empty, v level1, arr [3]uint16, f [2]float32) int {
	fmt.Println(e, v, arr, f)
	var xs []int
	return xs[int(arr[1])]
}

func main() {
	deep(empty{}, level1{level2{level3{level4{[1]inner{{1, 2}}}}}}, [3]uint16{7, 8, 9}, [2]float32{0.5, 2})
}
