package main

import "fmt"

type Celsius float64
type ID int32

const Boiling Celsius = 100
const Freezing = Celsius(0)
const First ID = 7
const Limit int8 = 100

func main() {
	fmt.Println(Boiling, Freezing, Boiling-Freezing)
	fmt.Printf("%T %T %T\n", Boiling, First, Limit)
	var t Celsius = Boiling / 3
	fmt.Printf("%.4f\n", t)
	fmt.Println(First*3, First/2)
	var l = Limit
	l += 27
	l++
	fmt.Println(l)
	const u uint16 = 65535
	fmt.Println(u, u/256)
	const f32 float32 = 0.1
	fmt.Println(f32, float64(f32))
	const r rune = 'λ'
	fmt.Println(r, string(r))
	const by byte = 'A'
	fmt.Println(by, string(by+1))
}

// Output:
// 100 0 100
// main.Celsius main.ID int8
// 33.3333
// 21 3
// -128
// 65535 255
// 0.1 0.10000000149011612
// 955 λ
// 65 B
