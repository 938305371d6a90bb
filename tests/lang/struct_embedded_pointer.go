package main

import "fmt"

type Base struct {
	ID   int
	tags []string
}

func (b *Base) Tag(t string)   { b.tags = append(b.tags, t) }
func (b Base) Describe() string { return fmt.Sprintf("#%d %v", b.ID, b.tags) }

type Named interface {
	Describe() string
	Tag(string)
}

type Item struct {
	*Base
	Name string
}

type Box struct {
	Base
	Items []Item
}

type Deep struct {
	Box
	Level int
}

func main() {
	shared := &Base{ID: 1}
	a := Item{shared, "a"}
	b := Item{shared, "b"}
	a.Tag("x")
	b.Tag("y")
	fmt.Println(a.Describe(), b.Describe(), a.ID)
	var n Named = a // Item has Tag via *Base embedded
	n.Tag("z")
	fmt.Println(shared.Describe())

	box := Box{Base: Base{ID: 2}}
	box.Tag("box")
	var bn Named = &box // Box's method set needs &box for Tag
	bn.Tag("ptr")
	fmt.Println(box.Describe())

	d := Deep{Box{Base{ID: 3, tags: nil}, nil}, 9}
	d.Tag("deep")
	d.Box.Tag("box")
	d.Box.Base.Tag("base")
	fmt.Println(d.ID, d.Describe(), d.Level)
	d.ID = 30
	fmt.Println(d.Box.Base.ID)
	fmt.Printf("%+v\n", d)

	var nilItem Item
	fmt.Println(nilItem.Base == nil, nilItem.Name == "")
}

// Output:
// #1 [x y] #1 [x y] 1
// #1 [x y z]
// #2 [box ptr]
// 3 #3 [deep box base] 9
// 30
// {Box:{Base:{ID:30 tags:[deep box base]} Items:[]} Level:9}
// true true
