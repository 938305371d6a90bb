package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " says woof" }

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	Dog
	Name string // shadows Dog.Animal.Name at depth 0
}

type Describer interface{ Describe() string }

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Animal.Name, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Speak())
	d.Rename("Max")
	fmt.Println(d.Describe())
	var desc Describer = d
	fmt.Println(desc.Describe())
	s := Service{&Logger{"[svc] "}, d, "service"}
	s.Log("started")
	fmt.Println(s.Name, s.Dog.Name, s.Breed, s.Legs)
	fmt.Println(s.Describe())
	fmt.Printf("%+v\n", d)
	pd := &d
	pd.Legs = 3
	fmt.Println(pd.Describe(), pd.Animal.Legs)
}

// Output:
// Rex 4 Rex lab
// Rex has 4 legs
// Rex says woof
// Max has 4 legs
// Max has 4 legs
// [svc] started
// service Max lab 4
// Max has 4 legs
// {Animal:{Name:Max Legs:4} Breed:lab}
// Max has 3 legs 3
