package main

import "fmt"

type Recoverer struct{ log []string }

func (r *Recoverer) Handle() {
	if v := recover(); v != nil {
		r.log = append(r.log, fmt.Sprint("handled ", v))
	}
}

func main() {
	rc := &Recoverer{}
	h := rc.Handle
	func() {
		defer h()
		panic("via method value")
	}()
	func() {
		defer rc.Handle()
		panic("via method call")
	}()
	fmt.Println(rc.log)
}

// Output:
// [handled via method value handled via method call]
