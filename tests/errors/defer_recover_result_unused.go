package main

func main() {
	defer func() {
		recover()
	}()
	go recover()
	x := recover // ERROR "recover .*must be called"
	_ = x
}
