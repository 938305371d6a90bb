package main

import "fmt"

func main() {
	pt := struct {
		X, Y int
	}{1, 2}
	fmt.Println(pt, pt.X+pt.Y)
	people := []struct {
		Name string
		Age  int
	}{
		{"Alice", 31},
		{"Bob", 25},
	}
	for _, p := range people {
		fmt.Printf("%s is %d\n", p.Name, p.Age)
	}
	var cfg struct {
		Debug bool
		Level int
		Tags  []string
	}
	cfg.Level = 3
	cfg.Tags = append(cfg.Tags, "a")
	fmt.Printf("%+v\n", cfg)
	a := struct{ A, B int }{1, 2}
	b := struct{ A, B int }{1, 2}
	fmt.Println(a == b)
	type named struct{ A, B int }
	var n named = a
	fmt.Println(n)
	m := map[string]struct{}{"x": {}, "y": {}}
	_, ok := m["x"]
	fmt.Println(len(m), ok)
	empty := struct{}{}
	fmt.Println(empty)
	nested := struct {
		Inner struct{ V string }
	}{}
	nested.Inner.V = "deep"
	fmt.Printf("%+v\n", nested)
}

// Output:
// {1 2} 3
// Alice is 31
// Bob is 25
// {Debug:false Level:3 Tags:[a]}
// true
// {1 2}
// 2 true
// {}
// {Inner:{V:deep}}
