package main

type Stack interface {
	Push(int)
	Pop() int
}

type S struct{}

func (S) Push(int) {}

func use(s Stack) {}

func main() {
	use(S{}) // ERROR "S does not implement Stack|cannot use S"
}
