package main

// runtime.KeepAlive keeps an object (and so its finalizer) alive up to
// the call: finalizers of objects still used later do not run during
// collections before the KeepAlive, and do run once the objects are
// dropped.

import (
	"fmt"
	"runtime"
	"time"
)

type handle struct {
	fd   int
	name string
}

var others []*handle

func openAll(closed chan int) *handle {
	var hs []*handle
	for i := 0; i < 4; i++ {
		h := &handle{fd: 10 + i, name: fmt.Sprint("file", i)}
		runtime.SetFinalizer(h, func(h *handle) { closed <- h.fd })
		hs = append(hs, h)
	}
	others = hs[1:]
	return hs[0]
}

func use(closed chan int) {
	h0 := openAll(closed)
	fd := h0.fd
	for i := 0; i < 3; i++ {
		_ = make([]byte, 1<<20)
		runtime.GC()
		time.Sleep(5 * time.Millisecond)
	}
	select {
	case v := <-closed:
		fmt.Println("finalized too early:", v)
	default:
		fmt.Println("none finalized while in use")
	}
	fmt.Println("used", fd)
	runtime.KeepAlive(h0)
}

func main() {
	closed := make(chan int, 8)
	use(closed)
	others = nil
	got := 0
	sum := 0
	for tries := 0; got < 4 && tries < 100; tries++ {
		runtime.GC()
		select {
		case v := <-closed:
			got++
			sum += v
		case <-time.After(20 * time.Millisecond):
		}
	}
	fmt.Println("finalized", got, sum)
}

// Output:
// none finalized while in use
// used 10
// finalized 4 46
