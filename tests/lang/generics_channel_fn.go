package main

import "fmt"

func Generate[T any](xs ...T) <-chan T {
	ch := make(chan T, len(xs))
	for _, x := range xs {
		ch <- x
	}
	close(ch)
	return ch
}

func Collect[T any](ch <-chan T) []T {
	var out []T
	for v := range ch {
		out = append(out, v)
	}
	return out
}

func MapChan[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func main() {
	fmt.Println(Collect(Generate(1, 2, 3)))
	sq := MapChan(Generate(1, 2, 3, 4), func(n int) string { return fmt.Sprint(n * n) })
	fmt.Printf("%q\n", Collect(sq))
}

// Output:
// [1 2 3]
// ["1" "4" "9" "16"]
