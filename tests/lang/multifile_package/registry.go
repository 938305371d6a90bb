package main

import "sort"

var order []string

func register(s Shape) {
	registry[s.Name()] = s
	order = append(order, s.Name())
}

func names() []string {
	out := append([]string(nil), order...)
	sort.Strings(out)
	return out
}

// scale is used by main.go before this file's init has run.
var scale = computeScale()

func computeScale() float64 { return float64(len(defaultSizes)) }

var defaultSizes = []float64{1, 2, 3}
