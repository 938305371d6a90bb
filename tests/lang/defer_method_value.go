package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Report()    { fmt.Println("report", c.n) }

func main() {
	c := &Counter{}
	defer c.Report()
	f := c.Inc
	defer f()
	defer f()
	c.Inc()
	defer func() { fmt.Println("final", c.n) }()
}

// Output:
// final 1
// report 0
