package main

import (
	"errors"
	"fmt"
)

type Temporary struct{ Msg string }

func (t Temporary) Error() string { return "temporary: " + t.Msg }
func (t Temporary) Is(target error) bool {
	_, ok := target.(Temporary)
	return ok
}

func main() {
	e := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", Temporary{"net"}))
	fmt.Println(e)
	fmt.Println(errors.Is(e, Temporary{}))
	fmt.Println(errors.Is(e, errors.New("temporary: net")))
	var t Temporary
	fmt.Println(errors.As(e, &t), t.Msg)
}

// Output:
// layer2: layer1: temporary: net
// true
// false
// true net
