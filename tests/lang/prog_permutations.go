package main

import (
	"fmt"
	"sort"
	"strings"
)

func permutations(s []int) [][]int {
	if len(s) <= 1 {
		return [][]int{append([]int(nil), s...)}
	}
	var out [][]int
	for i := range s {
		rest := make([]int, 0, len(s)-1)
		rest = append(rest, s[:i]...)
		rest = append(rest, s[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]int{s[i]}, p...))
		}
	}
	return out
}

func nextPerm(a []int) bool {
	i := len(a) - 2
	for i >= 0 && a[i] >= a[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(a) - 1
	for a[j] <= a[i] {
		j--
	}
	a[i], a[j] = a[j], a[i]
	for l, r := i+1, len(a)-1; l < r; l, r = l+1, r-1 {
		a[l], a[r] = a[r], a[l]
	}
	return true
}

func combinations(n, k int) [][]int {
	var out [][]int
	var cur []int
	var rec func(start int)
	rec = func(start int) {
		if len(cur) == k {
			out = append(out, append([]int(nil), cur...))
			return
		}
		for i := start; i <= n; i++ {
			cur = append(cur, i)
			rec(i + 1)
			cur = cur[:len(cur)-1]
		}
	}
	rec(1)
	return out
}

func powerSet(items []string) []string {
	var out []string
	for mask := 0; mask < 1<<len(items); mask++ {
		var parts []string
		for i, it := range items {
			if mask&(1<<i) != 0 {
				parts = append(parts, it)
			}
		}
		out = append(out, "{"+strings.Join(parts, ",")+"}")
	}
	return out
}

func anagrams(words []string) [][]string {
	groups := map[string][]string{}
	for _, w := range words {
		b := []byte(w)
		sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
		groups[string(b)] = append(groups[string(b)], w)
	}
	var out [][]string
	for _, g := range groups {
		if len(g) > 1 {
			sort.Strings(g)
			out = append(out, g)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

func main() {
	ps := permutations([]int{1, 2, 3})
	fmt.Println(len(ps), ps)
	a := []int{1, 2, 2, 3}
	count := 1
	for nextPerm(a) {
		count++
	}
	fmt.Println(count, a)
	fmt.Println(len(permutations([]int{1, 2, 3, 4, 5, 6, 7})))
	fmt.Println(combinations(5, 3))
	fmt.Println(powerSet([]string{"a", "b", "c"}))
	fmt.Println(anagrams([]string{"listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"}))
}

// Output:
// 6 [[1 2 3] [1 3 2] [2 1 3] [2 3 1] [3 1 2] [3 2 1]]
// 12 [3 2 2 1]
// 5040
// [[1 2 3] [1 2 4] [1 2 5] [1 3 4] [1 3 5] [1 4 5] [2 3 4] [2 3 5] [2 4 5] [3 4 5]]
// [{} {a} {b} {a,b} {c} {a,c} {b,c} {a,b,c}]
// [[act cat tac] [enlist listen silent] [gooegl google]]
