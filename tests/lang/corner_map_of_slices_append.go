package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	words := strings.Fields("apple avocado banana blueberry cherry apricot")
	groups := map[byte][]string{}
	for _, w := range words {
		groups[w[0]] = append(groups[w[0]], w)
	}
	keys := make([]int, 0)
	for k := range groups {
		keys = append(keys, int(k))
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("%c: %v\n", k, groups[byte(k)])
	}
	counts := map[string]int{}
	for _, w := range words {
		counts[w[:1]] += len(w)
	}
	fmt.Println(counts)
}

// Output:
// a: [apple avocado apricot]
// b: [banana blueberry]
// c: [cherry]
// map[a:19 b:15 c:6]
