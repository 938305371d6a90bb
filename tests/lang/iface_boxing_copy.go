package main

import "fmt"

type Point struct{ X, Y int }

type Mover interface{ Move(dx int) }

func (p *Point) Move(dx int) { p.X += dx }

func main() {
	p := Point{1, 2}
	var i interface{} = p // the interface holds a copy
	p.X = 100
	fmt.Println(i, p)
	q := i.(Point)
	q.Y = 50
	fmt.Println(i, q)

	arr := [3]int{1, 2, 3}
	var ia interface{} = arr
	arr[0] = 9
	fmt.Println(ia, arr)

	s := []int{1, 2, 3}
	var is interface{} = s // slices share their backing array
	s[0] = 9
	fmt.Println(is)

	var m Mover = &p // pointer: shared
	m.Move(5)
	fmt.Println(p.X)

	vals := []interface{}{int8(-1), uint16(65535), float32(0.5), true, "s", 'x', byte(7), 3.25, int64(-9)}
	for _, v := range vals {
		fmt.Printf("%v:%T ", v, v)
	}
	fmt.Println()
	var a, b interface{} = int8(1), int16(1)
	fmt.Println(a == b, a == int8(1), b == int16(1))
	var c interface{} = float32(0.1)
	fmt.Println(c == float32(0.1), c == 0.1)
	boxes := make([]interface{}, 0)
	for k := 0; k < 3; k++ {
		boxes = append(boxes, k)
	}
	k := boxes[1].(int)
	k++
	fmt.Println(boxes, k)
	type big struct {
		a [4]int
		s string
	}
	bg := big{[4]int{1, 2, 3, 4}, "x"}
	var ib interface{} = bg
	bg.a[0] = 0
	fmt.Println(ib.(big).a, bg.a)
	counts := map[interface{}]int{}
	counts[int8(1)]++
	counts[int16(1)]++
	counts[1]++
	counts[int8(1)]++
	fmt.Println(len(counts), counts[int8(1)])
}

// Output:
// {1 2} {100 2}
// {1 2} {1 50}
// [1 2 3] [9 2 3]
// [9 2 3]
// 105
// -1:int8 65535:uint16 0.5:float32 true:bool s:string 120:int32 7:uint8 3.25:float64 -9:int64 
// false true true
// true false
// [0 1 2] 2
// [1 2 3 4] [0 2 3 4]
// 3 2
