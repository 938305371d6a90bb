package main

import (
	"fmt"
	"strings"
)

type Greeter interface {
	Greet(name string) string
}

type English struct{}
type Pirate struct{ ship string }

func (English) Greet(n string) string  { return "Hello, " + n }
func (p Pirate) Greet(n string) string { return "Ahoy " + n + " from the " + p.ship }

func main() {
	var g Greeter = Pirate{"Pearl"}
	f := g.Greet // method value from an interface: binds the dynamic value now
	g = English{}
	fmt.Println(f("Jack"), "|", g.Greet("Ann"))
	h := Greeter.Greet // method expression on an interface type
	fmt.Println(h(English{}, "Bo"), "|", h(Pirate{"Dutchman"}, "Will"))
	fns := map[string]func(string) string{
		"upper": strings.ToUpper,
		"greet": English{}.Greet,
		"trim":  func(s string) string { return strings.Trim(s, "!") },
	}
	for _, k := range []string{"upper", "greet", "trim"} {
		fmt.Println(k, fns[k]("!bob!"))
	}
	var sb strings.Builder
	write := sb.WriteString
	write("a")
	write("b")
	fmt.Println(sb.String())
	type op struct {
		name string
		fn   func(float64, float64) float64
	}
	ops := []op{{"add", func(a, b float64) float64 { return a + b }}, {"mul", func(a, b float64) float64 { return a * b }}}
	for _, o := range ops {
		fmt.Println(o.name, o.fn(3, 4))
	}
}

// Output:
// Ahoy Jack from the Pearl | Hello, Ann
// Hello, Bo | Ahoy Will from the Dutchman
// upper !BOB!
// greet Hello, !bob!
// trim bob
// ab
// add 7
// mul 12
