package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	_
	FlagD
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x0 = "x"
	x1
	x2 = iota
	x3
)

func main() {
	fmt.Println(Sunday, Wednesday, Saturday)
	fmt.Println(int(Friday))
	fmt.Printf("%v %d\n", Tuesday, Tuesday)
	fmt.Println(FlagA, FlagB, FlagD)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x0, x1, x2, x3)
	for day := Sunday; day <= Saturday; day++ {
		fmt.Print(day, " ")
	}
	fmt.Println()
}

// Output:
// Sun Wed Sat
// 5
// Tue 2
// 1 2 8
// 0 0 1 10 2 20
// x x 2 3
// Sun Mon Tue Wed Thu Fri Sat 
