package main

// Values reachable only through interfaces survive: pointer-shaped
// dynamic values, boxed structs holding pointers, boxed strings and
// slices, interfaces nested in interfaces, and error values.

import (
	"errors"
	"fmt"
	"runtime"
)

type shape interface{ area() int }

type rect struct {
	w, h  int
	label *string
}

func (r rect) area() int { return r.w * r.h }

type square struct{ side []int }

func (s *square) area() int { return s.side[0] * s.side[0] }

type wrapper struct{ inner any }

func make1(i int) (shape, any, any, any, error) {
	lbl := fmt.Sprint("rect", i)
	var sh shape
	if i%2 == 0 {
		sh = rect{w: i, h: i + 1, label: &lbl}
	} else {
		sh = &square{side: []int{i}}
	}
	var str any = fmt.Sprint("boxed", i)
	var sl any = []string{"a", fmt.Sprint(i)}
	var nest any = wrapper{inner: &wrapper{inner: i * 3}}
	err := fmt.Errorf("wrap %d: %w", i, errors.New(fmt.Sprint("base", i)))
	return sh, str, sl, nest, err
}

func main() {
	var shapes []shape
	var boxes [][3]any
	var errs []error
	for i := 0; i < 120; i++ {
		sh, s, sl, n, e := make1(i)
		shapes = append(shapes, sh)
		boxes = append(boxes, [3]any{s, sl, n})
		errs = append(errs, e)
		if i%20 == 0 {
			for j := 0; j < 2000; j++ {
				_ = fmt.Sprint(j)
			}
			runtime.GC()
		}
	}
	runtime.GC()
	runtime.GC()
	area, lbl := 0, 0
	for _, sh := range shapes {
		area += sh.area()
		if r, ok := sh.(rect); ok {
			lbl += len(*r.label)
		}
	}
	fmt.Println("shapes", area, lbl)
	n := 0
	for _, b := range boxes {
		n += len(b[0].(string))
		n += len(b[1].([]string)[1])
		n += b[2].(wrapper).inner.(*wrapper).inner.(int)
	}
	fmt.Println("boxes", n)
	u := 0
	for _, e := range errs {
		u += len(e.Error()) + len(errors.Unwrap(e).Error())
	}
	fmt.Println("errors", u, errs[119])
}

// Output:
// shapes 572360 365
// boxes 22520
// errors 2550 wrap 119: base119
