package main

import (
	"fmt"
	"sort"
	"strings"
)

type Edge struct {
	To     string
	Weight int
}

type Graph map[string][]Edge

func (g Graph) AddEdge(a, b string, w int) {
	g[a] = append(g[a], Edge{b, w})
	g[b] = append(g[b], Edge{a, w})
}

// Dijkstra with a simple O(V^2) selection, deterministic on ties by name.
func (g Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	done := map[string]bool{}
	for {
		best := ""
		for v, d := range dist {
			if done[v] {
				continue
			}
			if best == "" || d < dist[best] || d == dist[best] && v < best {
				best = v
			}
		}
		if best == "" {
			return dist, prev
		}
		done[best] = true
		for _, e := range g[best] {
			nd := dist[best] + e.Weight
			if old, ok := dist[e.To]; !ok || nd < old {
				dist[e.To] = nd
				prev[e.To] = best
			}
		}
	}
}

func path(prev map[string]string, dst string) string {
	var p []string
	for v := dst; v != ""; v = prev[v] {
		p = append([]string{v}, p...)
	}
	return strings.Join(p, "->")
}

func topoSort(deps map[string][]string) ([]string, error) {
	state := map[string]int{} // 0 new, 1 visiting, 2 done
	var order []string
	var visit func(string) error
	visit = func(n string) error {
		switch state[n] {
		case 1:
			return fmt.Errorf("cycle at %s", n)
		case 2:
			return nil
		}
		state[n] = 1
		ds := append([]string(nil), deps[n]...)
		sort.Strings(ds)
		for _, d := range ds {
			if err := visit(d); err != nil {
				return err
			}
		}
		state[n] = 2
		order = append(order, n)
		return nil
	}
	names := make([]string, 0, len(deps))
	for n := range deps {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	return order, nil
}

type UnionFind struct{ parent, rank []int }

func NewUF(n int) *UnionFind {
	u := &UnionFind{make([]int, n), make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *UnionFind) Find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *UnionFind) Union(a, b int) bool {
	ra, rb := u.Find(a), u.Find(b)
	if ra == rb {
		return false
	}
	if u.rank[ra] < u.rank[rb] {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
	if u.rank[ra] == u.rank[rb] {
		u.rank[ra]++
	}
	return true
}

func bfsGrid(maze []string) int {
	type pt struct{ r, c int }
	var start, end pt
	for r, row := range maze {
		for c, ch := range row {
			if ch == 'S' {
				start = pt{r, c}
			} else if ch == 'E' {
				end = pt{r, c}
			}
		}
	}
	dist := map[pt]int{start: 0}
	q := []pt{start}
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		if p == end {
			return dist[p]
		}
		for _, d := range []pt{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := pt{p.r + d.r, p.c + d.c}
			if n.r < 0 || n.r >= len(maze) || n.c < 0 || n.c >= len(maze[0]) || maze[n.r][n.c] == '#' {
				continue
			}
			if _, seen := dist[n]; !seen {
				dist[n] = dist[p] + 1
				q = append(q, n)
			}
		}
	}
	return -1
}

func main() {
	g := Graph{}
	g.AddEdge("A", "B", 7)
	g.AddEdge("A", "C", 9)
	g.AddEdge("A", "F", 14)
	g.AddEdge("B", "C", 10)
	g.AddEdge("B", "D", 15)
	g.AddEdge("C", "D", 11)
	g.AddEdge("C", "F", 2)
	g.AddEdge("D", "E", 6)
	g.AddEdge("E", "F", 9)
	dist, prev := g.Dijkstra("A")
	for _, v := range []string{"A", "B", "C", "D", "E", "F"} {
		fmt.Printf("%s %2d %s\n", v, dist[v], path(prev, v))
	}
	order, err := topoSort(map[string][]string{
		"app": {"lib", "log"}, "lib": {"core"}, "log": {"core", "fmt"}, "core": {}, "fmt": {},
	})
	fmt.Println(order, err)
	_, err = topoSort(map[string][]string{"a": {"b"}, "b": {"c"}, "c": {"a"}})
	fmt.Println(err)
	uf := NewUF(10)
	pairs := [][2]int{{0, 1}, {2, 3}, {1, 3}, {4, 5}, {0, 2}, {7, 8}, {8, 9}, {9, 7}}
	for _, p := range pairs {
		fmt.Print(uf.Union(p[0], p[1]), " ")
	}
	fmt.Println()
	groups := map[int][]int{}
	for i := 0; i < 10; i++ {
		r := uf.Find(i)
		groups[r] = append(groups[r], i)
	}
	var gs [][]int
	for _, v := range groups {
		gs = append(gs, v)
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i][0] < gs[j][0] })
	fmt.Println(gs)
	maze := []string{
		"S.#.......",
		".##.####..",
		"....#..#.#",
		"##.##.##..",
		"......#..E",
	}
	fmt.Println("maze steps:", bfsGrid(maze))
}

// Output:
// A  0 A
// B  7 A->B
// C  9 A->C
// D 20 A->C->D
// E 20 A->C->F->E
// F 11 A->C->F
// [core lib fmt log app] <nil>
// cycle at a
// true true true true false true true false 
// [[0 1 2 3] [4 5] [6] [7 8 9]]
// maze steps: 17
