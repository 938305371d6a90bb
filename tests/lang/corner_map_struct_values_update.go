package main

import (
	"fmt"
	"sort"
)

type Score struct {
	Total, Count int
}

func (s Score) Avg() float64 { return float64(s.Total) / float64(s.Count) }

func main() {
	raw := []struct {
		name string
		pts  int
	}{{"ann", 10}, {"bob", 7}, {"ann", 6}, {"cid", 9}, {"bob", 9}}
	scores := map[string]Score{}
	for _, r := range raw {
		s := scores[r.name]
		s.Total += r.pts
		s.Count++
		scores[r.name] = s
	}
	names := make([]string, 0, len(scores))
	for n := range scores {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		ai, aj := scores[names[i]].Avg(), scores[names[j]].Avg()
		if ai != aj {
			return ai > aj
		}
		return names[i] < names[j]
	})
	for _, n := range names {
		fmt.Printf("%s %.1f %+v\n", n, scores[n].Avg(), scores[n])
	}
}

// Output:
// cid 9.0 {Total:9 Count:1}
// ann 8.0 {Total:16 Count:2}
// bob 8.0 {Total:16 Count:2}
