package main

import (
	"fmt"
	"sort"
	"strings"
)

type Words []string

func (w Words) Len() int           { return len(w) }
func (w Words) Less(i, j int) bool { return len(w[i]) < len(w[j]) || (len(w[i]) == len(w[j]) && w[i] < w[j]) }
func (w Words) Swap(i, j int)      { w[i], w[j] = w[j], w[i] }
func (w *Words) Add(s string)      { *w = append(*w, s) }

type Counts map[string]int

func (c Counts) Inc(k string) { c[k]++ }

func main() {
	var w Words
	for _, s := range strings.Fields("the quick brown fox jumps over a lazy dog") {
		w.Add(s)
	}
	sort.Sort(w)
	fmt.Println(w)
	c := Counts{}
	for _, s := range w {
		c.Inc(string(s[0]))
	}
	fmt.Println(c)
	sort.Sort(sort.Reverse(w))
	fmt.Println(w[:3])
}

// Output:
// [a dog fox the lazy over brown jumps quick]
// map[a:1 b:1 d:1 f:1 j:1 l:1 o:1 q:1 t:1]
// [quick jumps brown]
