package main

import (
	"errors"
	"fmt"
)

type StatusErr struct {
	Code int
	Text string
}

func (s StatusErr) Error() string { return fmt.Sprintf("%d %s", s.Code, s.Text) }

var NotFound = StatusErr{404, "Not Found"}

func fetch(path string) error {
	if path == "/missing" {
		return fmt.Errorf("GET %s: %w", path, NotFound)
	}
	if path == "/teapot" {
		return StatusErr{418, "I'm a teapot"}
	}
	return nil
}

func main() {
	for _, p := range []string{"/ok", "/missing", "/teapot"} {
		err := fetch(p)
		fmt.Println(p, err, errors.Is(err, NotFound))
	}
}

// Output:
// /ok <nil> false
// /missing GET /missing: 404 Not Found true
// /teapot 418 I'm a teapot false
