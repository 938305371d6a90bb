package main

import "fmt"

func Identity[T any](x T) T { return x }

func Twice[T any](f func(T) T) func(T) T {
	return func(x T) T { return f(f(x)) }
}

type Transformer[T any] struct {
	steps []func(T) T
}

func (t *Transformer[T]) Then(f func(T) T) *Transformer[T] {
	t.steps = append(t.steps, f)
	return t
}

func (t *Transformer[T]) Run(x T) T {
	for _, s := range t.steps {
		x = s(x)
	}
	return x
}

func main() {
	inc := func(n int) int { return n + 1 }
	fmt.Println(Twice(inc)(5), Twice(Twice(inc))(0))
	id := Identity[string]
	fmt.Println(id("same"))
	t := &Transformer[string]{}
	out := t.Then(func(s string) string { return s + "a" }).Then(Twice(func(s string) string { return "<" + s + ">" })).Run("x")
	fmt.Println(out, len(t.steps))
}

// Output:
// 7 4
// same
// <<xa>> 2
