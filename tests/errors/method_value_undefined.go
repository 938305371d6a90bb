package main

type T struct{}

func (T) Get() int { return 1 }

func main() {
	var t T
	_ = t.Put   // ERROR "t.Put undefined"
	_ = T.Set   // ERROR "T.Set undefined"
	var p *T
	_ = p.get() // ERROR "p.get undefined"
}
