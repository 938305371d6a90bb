package main

// Objects reachable only from package-level variables survive: pointer,
// slice, map, string, interface, func and struct globals, replaced
// repeatedly so that the old values become garbage; the globals are
// written from another goroutine too.

import (
	"fmt"
	"runtime"
	"strings"
)

type item struct {
	n    int
	name string
}

var (
	gPtr    *item
	gSlice  []*item
	gMap    map[string]*item
	gStr    string
	gIface  any
	gFunc   func() int
	gStruct struct {
		a *item
		b []string
	}
	gArr [8]*item
)

func set(round int) {
	gPtr = &item{n: round, name: "ptr"}
	gSlice = nil
	for i := 0; i < 50; i++ {
		gSlice = append(gSlice, &item{n: i * round})
	}
	gMap = map[string]*item{}
	for i := 0; i < 30; i++ {
		gMap[fmt.Sprint("k", i)] = &item{n: i + round}
	}
	gStr = strings.Repeat("g", round+1) + fmt.Sprint(round)
	gIface = &item{n: 3 * round, name: "iface"}
	captured := &item{n: round * 11}
	gFunc = func() int { return captured.n }
	gStruct.a = &item{n: round + 100}
	gStruct.b = []string{fmt.Sprint("b", round), "c"}
	for i := range gArr {
		gArr[i] = &item{n: i * 1000}
	}
}

func churn() {
	var keep []*item
	for i := 0; i < 4000; i++ {
		keep = append(keep, &item{n: i, name: "junk"})
		if len(keep) > 50 {
			keep = keep[:0]
		}
	}
	runtime.GC()
}

func check() int {
	s := gPtr.n + len(gPtr.name)
	for _, it := range gSlice {
		s += it.n
	}
	for k, v := range gMap {
		s += len(k) + v.n
	}
	s += len(gStr) + gIface.(*item).n + gFunc()
	s += gStruct.a.n + len(gStruct.b[0]) + len(gStruct.b[1])
	for _, it := range gArr {
		s += it.n
	}
	return s
}

func main() {
	for round := 0; round < 6; round++ {
		if round%2 == 0 {
			set(round)
		} else {
			done := make(chan bool)
			go func() {
				set(round)
				done <- true
			}()
			<-done
		}
		churn()
		churn()
		fmt.Println(round, check())
	}
}

// Output:
// 0 28623
// 1 29895
// 2 31167
// 3 32439
// 4 33711
// 5 34983
