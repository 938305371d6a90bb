// A method value and a method expression called later: the frames name
// the method (main.(*counter).add), not the place it was bound.
package main

import "fmt"

type counter struct {
	counts map[string]int
	limit  int
}

//go:noinline
func (c *counter) add(key string, n int) {
	if c.counts[key]+n > c.limit {
		panic(fmt.Errorf("%s: over the limit of %d", key, c.limit))
	}
	c.counts[key] += n
}

//go:noinline
func each(keys []string, f func(string, int)) {
	for i := 0; i < len(keys); i++ {
		f(keys[i], i+1)
	}
}

func main() {
	c := &counter{counts: map[string]int{}, limit: 2}
	each([]string{"a", "b", "c"}, c.add)
	fmt.Println(c.counts)
}
