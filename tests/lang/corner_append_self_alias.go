package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	s = append(s, s...)
	fmt.Println(s, len(s))
	t := s[:2]
	t = append(t, t...)
	fmt.Println(s, t)
	u := make([]int, 0, 10)
	u = append(u, 1, 2, 3)
	v := append(u[:1], u[2:]...)
	fmt.Println(u, v)
	b := []byte("hello")
	b = append(b[:2], b[3:]...)
	fmt.Println(string(b))
	var m [][]int
	row := []int{0, 0}
	for i := 0; i < 2; i++ {
		row[0] = i
		m = append(m, row)
	}
	fmt.Println(m)
}

// Output:
// [1 2 3 1 2 3] 6
// [1 2 1 2 2 3] [1 2 1 2]
// [1 3 3] [1 3]
// helo
// [[1 0] [1 0]]
