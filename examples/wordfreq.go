// wordfreq.go - counts words and prints the most frequent ones.
//
//	golem run examples/wordfreq.go FILE [N]   top N words of FILE (default 10)
//	golem run examples/wordfreq.go            the same for a built-in text
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

const sample = `The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs. A fox, a dog and a cat walk into a bar: the cat orders first.`

type entry struct {
	word  string
	count int
}

func countWords(text string) map[string]int {
	counts := make(map[string]int)
	isSep := func(r rune) bool {
		return !(r == '\'' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r >= 0x80)
	}
	for _, w := range strings.FieldsFunc(text, isSep) {
		counts[strings.ToLower(w)]++
	}
	return counts
}

func main() {
	text := sample
	top := 10
	if len(os.Args) > 1 {
		data, err := os.ReadFile(os.Args[1])
		if err != nil {
			fmt.Fprintln(os.Stderr, "wordfreq:", err)
			os.Exit(1)
		}
		text = string(data)
	}
	if len(os.Args) > 2 {
		n, err := strconv.Atoi(os.Args[2])
		if err != nil || n <= 0 {
			fmt.Fprintf(os.Stderr, "wordfreq: bad count %q\n", os.Args[2])
			os.Exit(2)
		}
		top = n
	}
	counts := countWords(text)
	entries := make([]entry, 0, len(counts))
	total := 0
	for w, c := range counts {
		entries = append(entries, entry{w, c})
		total += c
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	fmt.Printf("%d words, %d distinct\n", total, len(entries))
	if len(entries) > top {
		entries = entries[:top]
	}
	width := 0
	for _, e := range entries {
		if n := utf8.RuneCountInString(e.word); n > width {
			width = n
		}
	}
	for _, e := range entries {
		pad := strings.Repeat(" ", width-utf8.RuneCountInString(e.word))
		fmt.Printf("%s%s %4d %s\n", e.word, pad, e.count, strings.Repeat("#", e.count))
	}
}
