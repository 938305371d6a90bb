package main

import (
	"fmt"
	"time"
)

type Duration int64

const (
	Second Duration = 1000
	Minute          = 60 * Second
)

const untyped = 10
const f = 2.5

func main() {
	var i8 int8 = untyped
	var fl float32 = untyped
	fmt.Println(i8, fl, untyped*f, Minute)
	fmt.Printf("%T %T %T\n", Minute, untyped*f, 'x'+1)
	d := 90 * time.Second
	fmt.Println(d, d.Minutes())
	x := 1 << 3.0
	fmt.Println(x, 7/2.0, 1e3)
	const h = "hello" + " " + "world"
	fmt.Println(len(h), h[6:])
}

// Output:
// 10 10 25 60000
// main.Duration float64 int32
// 1m30s 1.5
// 8 3.5 1000
// 11 world
