//go:build go1.22

package main

import (
	"fmt"
	"maps"
	"strings"
)

type counts map[string]int

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	c := maps.Clone(m)
	fmt.Println(c, maps.Equal(m, c))
	c["d"] = 4
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	var nilMap map[string]int
	fmt.Println(maps.Clone(nilMap) == nil, maps.Equal(nilMap, map[string]int{}))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(c)
	dst := counts{"x": 10, "a": 100}
	maps.Copy(dst, m)
	fmt.Println(dst)
	fmt.Println(maps.EqualFunc(m, map[string]string{"a": "1", "b": "2", "c": "3"}, func(v int, s string) bool { return fmt.Sprint(v) == s }))
	fmt.Println(maps.EqualFunc(map[int]string{1: "A"}, map[int]string{1: "a"}, strings.EqualFold))
	fmt.Println(maps.EqualFunc(map[int]string{1: "A"}, map[int]string{2: "A"}, strings.EqualFold))
	cc := maps.Clone(dst)
	fmt.Printf("%T %v\n", cc, cc)
}

// Output:
// map[a:1 b:2 c:3] true
// 3 4 false
// true true
// map[a:1 c:3]
// map[a:1 b:2 c:3 x:10]
// true
// true
// false
// main.counts map[a:1 b:2 c:3 x:10]
