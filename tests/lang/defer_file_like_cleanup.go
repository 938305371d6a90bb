package main

import (
	"errors"
	"fmt"
)

type Resource struct {
	name   string
	closed bool
}

var log []string

func Open(name string) (*Resource, error) {
	if name == "" {
		return nil, errors.New("empty name")
	}
	log = append(log, "open "+name)
	return &Resource{name: name}, nil
}

func (r *Resource) Close() error {
	if r.closed {
		return errors.New("already closed: " + r.name)
	}
	r.closed = true
	log = append(log, "close "+r.name)
	return nil
}

func useBoth(a, b string) (err error) {
	ra, err := Open(a)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := ra.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	rb, err := Open(b)
	if err != nil {
		return fmt.Errorf("second: %w", err)
	}
	defer rb.Close()
	log = append(log, "use "+a+"+"+b)
	return nil
}

func main() {
	fmt.Println(useBoth("x", "y"))
	fmt.Println(useBoth("p", ""))
	fmt.Println(useBoth("", "q"))
	for _, l := range log {
		fmt.Println(l)
	}
}

// Output:
// <nil>
// second: empty name
// empty name
// open x
// open y
// use x+y
// close y
// close x
// open p
// close p
