package main

import (
	"fmt"
	"sort"
	"strings"
)

type hnode struct {
	ch          rune
	freq        int
	order       int
	left, right *hnode
}

func buildTree(text string) *hnode {
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	var nodes []*hnode
	for r, f := range freq {
		nodes = append(nodes, &hnode{ch: r, freq: f})
	}
	sort.Slice(nodes, func(i, j int) bool {
		if nodes[i].freq != nodes[j].freq {
			return nodes[i].freq < nodes[j].freq
		}
		return nodes[i].ch < nodes[j].ch
	})
	for i, n := range nodes {
		n.order = i
	}
	next := len(nodes)
	for len(nodes) > 1 {
		a, b := nodes[0], nodes[1]
		parent := &hnode{freq: a.freq + b.freq, left: a, right: b, order: next}
		next++
		nodes = append(nodes[2:], parent)
		sort.SliceStable(nodes, func(i, j int) bool {
			if nodes[i].freq != nodes[j].freq {
				return nodes[i].freq < nodes[j].freq
			}
			return nodes[i].order < nodes[j].order
		})
	}
	return nodes[0]
}

func codes(n *hnode, prefix string, out map[rune]string) {
	if n.left == nil {
		if prefix == "" {
			prefix = "0"
		}
		out[n.ch] = prefix
		return
	}
	codes(n.left, prefix+"0", out)
	codes(n.right, prefix+"1", out)
}

func decode(root *hnode, bits string) string {
	var sb strings.Builder
	n := root
	for _, b := range bits {
		if b == '0' {
			n = n.left
		} else {
			n = n.right
		}
		if n.left == nil {
			sb.WriteRune(n.ch)
			n = root
		}
	}
	return sb.String()
}

func main() {
	text := "this is an example of a huffman tree"
	root := buildTree(text)
	table := map[rune]string{}
	codes(root, "", table)
	keys := make([]rune, 0, len(table))
	for r := range table {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, r := range keys {
		fmt.Printf("%q %s\n", r, table[r])
	}
	var sb strings.Builder
	for _, r := range text {
		sb.WriteString(table[r])
	}
	bits := sb.String()
	fmt.Println(len(bits), len(text)*8)
	fmt.Println(decode(root, bits) == text)
}

// Output:
// ' ' 111
// 'a' 000
// 'e' 001
// 'f' 1101
// 'h' 0100
// 'i' 0101
// 'l' 10100
// 'm' 0110
// 'n' 0111
// 'o' 10101
// 'p' 10110
// 'r' 10111
// 's' 1000
// 't' 1001
// 'u' 11000
// 'x' 11001
// 135 288
// true
