package main

// Objects reachable only as map keys survive: pointer keys, string keys,
// struct keys holding strings and pointers, and interface keys, in maps
// that grow (and so rehash) while garbage is collected.

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
)

type obj struct {
	name string
	n    int
}

type key struct {
	label string
	p     *obj
}

var sink [][]byte

func churn(rounds int) {
	for r := 0; r < rounds; r++ {
		for i := 0; i < 3000; i++ {
			sink = append(sink, make([]byte, 24+i%200))
			if len(sink) > 100 {
				sink = sink[:0]
			}
		}
		runtime.GC()
	}
}

func main() {
	byPtr := map[*obj]int{}
	byStr := map[string]int{}
	byStruct := map[key]bool{}
	byIface := map[any]int{}
	for i := 0; i < 300; i++ {
		o := &obj{name: strings.Repeat("k", i%5+1) + fmt.Sprint(i), n: i}
		byPtr[o] = i * 2
		byStr[fmt.Sprintf("str-%d", i)] = i
		byStruct[key{label: fmt.Sprint("L", i), p: &obj{name: "inner", n: i * 3}}] = i%2 == 0
		byIface[&obj{n: i}] = i
		byIface[fmt.Sprint("if", i)] = -i
		if i%50 == 0 {
			churn(1)
		}
	}
	churn(4)

	sumPtr := 0
	for o, v := range byPtr {
		sumPtr += o.n*1000 + v + len(o.name)
	}
	fmt.Println("ptr keys", len(byPtr), sumPtr)
	keys := make([]string, 0, len(byStr))
	for k := range byStr {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("str keys", len(keys), keys[0], keys[len(keys)-1], byStr["str-123"])
	sumStruct, trues := 0, 0
	for k, v := range byStruct {
		sumStruct += k.p.n + len(k.label) + len(k.p.name)
		if v {
			trues++
		}
	}
	fmt.Println("struct keys", len(byStruct), sumStruct, trues)
	sumIface := 0
	for k, v := range byIface {
		switch k := k.(type) {
		case *obj:
			sumIface += k.n + v
		case string:
			sumIface += len(k) - v
		}
	}
	fmt.Println("iface keys", len(byIface), sumIface, byIface["if299"])
}

// Output:
// ptr keys 300 44941390
// str keys 300 str-0 str-99 123
// struct keys 300 137140 150
// iface keys 600 135940 -299
