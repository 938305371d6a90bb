package main

import "fmt"

func remove(s []int, i int) []int { return append(s[:i], s[i+1:]...) }

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func filterInPlace(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, x := range s {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func chunk(s []int, n int) [][]int {
	var out [][]int
	for len(s) > n {
		out = append(out, s[:n:n])
		s = s[n:]
	}
	return append(out, s)
}

func dedupSorted(s []int) []int {
	if len(s) == 0 {
		return s
	}
	j := 0
	for i := 1; i < len(s); i++ {
		if s[i] != s[j] {
			j++
			s[j] = s[i]
		}
	}
	return s[:j+1]
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	s = remove(s, 2)
	fmt.Println(s, len(s), cap(s))
	s = insert(s, 1, 100)
	fmt.Println(s)
	s = filterInPlace(s, func(x int) bool { return x%2 == 1 || x == 100 })
	fmt.Println(s)
	reverse(s)
	fmt.Println(s)
	fmt.Println(chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	fmt.Println(dedupSorted([]int{1, 1, 2, 3, 3, 3, 4, 5, 5}))
	stack := []string{}
	stack = append(stack, "a", "b", "c")
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Println(top, stack)
	queue := []int{1, 2, 3}
	head := queue[0]
	queue = queue[1:]
	queue = append(queue, 4)
	fmt.Println(head, queue)
	clone := append([]int(nil), queue...)
	clone[0] = -1
	fmt.Println(queue, clone)
	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = []rune("...")
	}
	grid[1][1] = '#'
	for _, row := range grid {
		fmt.Println(string(row))
	}
	a := []int{1, 2, 3, 4}
	b := a[1:3]
	b = append(b, 99) // overwrites a[3]
	fmt.Println(a, b)
	b = append(b, 100) // reallocates
	b[0] = -2
	fmt.Println(a, b)
}

// Output:
// [0 1 3 4 5] 5 6
// [0 100 1 3 4 5]
// [100 1 3 5]
// [5 3 1 100]
// [[1 2 3] [4 5 6] [7]]
// [1 2 3 4 5]
// c [a b]
// 1 [2 3 4]
// [2 3 4] [-1 3 4]
// ...
// .#.
// ...
// [1 2 3 99] [2 3 99]
// [1 2 3 99] [-2 3 99 100]
