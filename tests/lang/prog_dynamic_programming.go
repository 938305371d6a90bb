package main

import (
	"fmt"
	"strings"
)

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = minInt(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func minInt(xs ...int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		if x < m {
			m = x
		}
	}
	return m
}

type item struct {
	name          string
	weight, value int
}

func knapsack(items []item, cap int) (int, []string) {
	n := len(items)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, cap+1)
	}
	for i := 1; i <= n; i++ {
		it := items[i-1]
		for w := 0; w <= cap; w++ {
			dp[i][w] = dp[i-1][w]
			if it.weight <= w && dp[i-1][w-it.weight]+it.value > dp[i][w] {
				dp[i][w] = dp[i-1][w-it.weight] + it.value
			}
		}
	}
	var chosen []string
	w := cap
	for i := n; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1].name)
			w -= items[i-1].weight
		}
	}
	return dp[n][cap], chosen
}

func lcs(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = 1 + dp[i+1][j+1]
			} else if dp[i+1][j] >= dp[i][j+1] {
				dp[i][j] = dp[i+1][j]
			} else {
				dp[i][j] = dp[i][j+1]
			}
		}
	}
	var sb strings.Builder
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			sb.WriteByte(a[i])
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return sb.String()
}

func coinWays(coins []int, amount int) int64 {
	ways := make([]int64, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}

func memoFib() func(int) uint64 {
	memo := map[int]uint64{}
	var f func(int) uint64
	f = func(n int) uint64 {
		if n < 2 {
			return uint64(n)
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := f(n-1) + f(n-2)
		memo[n] = v
		return v
	}
	return f
}

func main() {
	for _, p := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"résumé", "resume"}, {"same", "same"}} {
		fmt.Printf("%s/%s: %d\n", p[0], p[1], levenshtein(p[0], p[1]))
	}
	items := []item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
		{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}, {"cheese", 23, 30}}
	v, chosen := knapsack(items, 200)
	fmt.Println(v, chosen)
	fmt.Println(lcs("AGGTAB", "GXTXAYB"), lcs("thisisatest", "testing123testing"))
	fmt.Println(coinWays([]int{1, 2, 5, 10, 20, 50, 100, 200}, 200), coinWays([]int{1, 5, 10, 25, 50, 100}, 10000))
	f := memoFib()
	fmt.Println(f(90))
}

// Output:
// kitten/sitting: 3
// flaw/lawn: 2
// /abc: 3
// résumé/resume: 2
// same/same: 0
// 535 [cheese apple banana glucose sandwich compass map]
// GTAB tsitest
// 73682 139946140451
// 2880067194370816120
