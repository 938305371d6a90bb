package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	var i interface{} = a
	a[0] = 100
	fmt.Println(i, a)
	b := i.([3]int)
	b[1] = 200
	fmt.Println(i, b)
	type S struct{ v []int }
	s := S{[]int{1}}
	var j interface{} = s
	s.v[0] = 9
	fmt.Println(j)
	m := map[string]interface{}{"arr": a}
	x := m["arr"].([3]int)
	x[2] = 0
	fmt.Println(m["arr"], x)
}

// Output:
// [1 2 3] [100 2 3]
// [1 2 3] [1 200 3]
// {[9]}
// [100 2 3] [100 2 0]
