// Channels carry values of every shape: multi-slot structs, strings,
// slices, interfaces, funcs, channels, narrow ints and floats.
package main

import "fmt"

type point struct {
	x, y int8
	name string
	tags []string
}

type shape interface{ area() float64 }
type sq struct{ s float64 }

func (q sq) area() float64 { return q.s * q.s }

func main() {
	pc := make(chan point, 2)
	pc <- point{1, -2, "p", []string{"a", "b"}}
	go func() { pc <- point{3, 4, "q", nil} }()
	fmt.Println(<-pc, <-pc)

	ic := make(chan shape)
	go func() { ic <- sq{1.5} }()
	fmt.Println((<-ic).area())

	fc := make(chan func(int) int, 1)
	k := 10
	fc <- func(x int) int { return x + k }
	fmt.Println((<-fc)(5))

	cc := make(chan chan string)
	go func() {
		reply := <-cc
		reply <- "pong"
	}()
	r := make(chan string)
	cc <- r
	fmt.Println(<-r)

	f32 := make(chan float32, 1)
	f32 <- 0.1
	u8 := make(chan uint8, 1)
	u8 <- 255
	bc := make(chan bool, 1)
	bc <- true
	fmt.Println(<-f32, <-u8, <-bc)

	arr := make(chan [5]int64)
	go func() { arr <- [5]int64{1, 2, 3, 4, 5} }()
	fmt.Println(<-arr)

	ec := make(chan any, 3)
	ec <- 1
	ec <- "s"
	ec <- nil
	fmt.Println(<-ec, <-ec, <-ec)

	empty := make(chan struct{}, 2)
	empty <- struct{}{}
	fmt.Println(len(empty), <-empty)
}

// Output:
// {1 -2 p [a b]} {3 4 q []}
// 2.25
// 15
// pong
// 0.1 255 true
// [1 2 3 4 5]
// 1 s <nil>
// 1 {}
