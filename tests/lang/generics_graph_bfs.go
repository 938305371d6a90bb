package main

import "fmt"

type Graph[N comparable] struct {
	edges map[N][]N
}

func NewGraph[N comparable]() *Graph[N] { return &Graph[N]{edges: map[N][]N{}} }

func (g *Graph[N]) Edge(a, b N) {
	g.edges[a] = append(g.edges[a], b)
	g.edges[b] = append(g.edges[b], a)
}

func (g *Graph[N]) BFS(start N, visit func(N, int)) {
	dist := map[N]int{start: 0}
	queue := []N{start}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		visit(n, dist[n])
		for _, m := range g.edges[n] {
			if _, seen := dist[m]; !seen {
				dist[m] = dist[n] + 1
				queue = append(queue, m)
			}
		}
	}
}

type City struct{ Name string }

func main() {
	g := NewGraph[string]()
	g.Edge("a", "b")
	g.Edge("a", "c")
	g.Edge("b", "d")
	g.Edge("c", "d")
	g.Edge("d", "e")
	g.BFS("a", func(n string, d int) { fmt.Println(n, d) })
	cg := NewGraph[City]()
	cg.Edge(City{"Oslo"}, City{"Bergen"})
	cg.BFS(City{"Bergen"}, func(c City, d int) { fmt.Printf("%+v %d\n", c, d) })
}

// Output:
// a 0
// b 1
// c 1
// d 2
// e 3
// {Name:Bergen} 0
// {Name:Oslo} 1
