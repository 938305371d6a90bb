package main

import (
	"fmt"
	"sort"
	"strings"
)

type Trie struct {
	children map[rune]*Trie
	end      bool
	count    int
}

func NewTrie() *Trie { return &Trie{children: map[rune]*Trie{}} }

func (t *Trie) Insert(w string) {
	n := t
	for _, r := range w {
		c, ok := n.children[r]
		if !ok {
			c = NewTrie()
			n.children[r] = c
		}
		c.count++
		n = c
	}
	n.end = true
}

func (t *Trie) node(prefix string) *Trie {
	n := t
	for _, r := range prefix {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Contains(w string) bool {
	n := t.node(w)
	return n != nil && n.end
}

func (t *Trie) WithPrefix(p string) []string {
	n := t.node(p)
	if n == nil {
		return nil
	}
	var out []string
	var walk func(n *Trie, acc []rune)
	walk = func(n *Trie, acc []rune) {
		if n.end {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			walk(n.children[r], append(acc, r))
		}
	}
	walk(n, []rune(p))
	return out
}

func main() {
	t := NewTrie()
	words := strings.Fields("go golang gopher goroutine gob good google grep grok gō 世界 世纪 tea ten to")
	for _, w := range words {
		t.Insert(w)
	}
	for _, p := range []string{"go", "gop", "gr", "世", "x", "t", ""} {
		fmt.Printf("%q: %v\n", p, t.WithPrefix(p))
	}
	fmt.Println(t.Contains("go"), t.Contains("goo"), t.Contains("good"), t.Contains("世界"))
	fmt.Println(t.node("go").count, t.node("g").count, len(t.children))
}

// Output:
// "go": [go gob golang good google gopher goroutine]
// "gop": [gopher]
// "gr": [grep grok]
// "世": [世界 世纪]
// "x": []
// "t": [tea ten to]
// "": [go gob golang good google gopher goroutine grep grok gō tea ten to 世界 世纪]
// true false true true
// 7 10 3
