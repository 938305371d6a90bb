package main

import "fmt"

type Setter[T any] interface {
	Set(string)
	*T
}

type Config struct{ val string }

func (c *Config) Set(s string) { c.val = s }

func FromStrings[T any, PT Setter[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		PT(&out[i]).Set(s)
	}
	return out
}

func main() {
	cs := FromStrings[Config]([]string{"a", "b"})
	fmt.Println(len(cs), cs[0].val, cs[1].val)
}

// Output:
// 2 a b
