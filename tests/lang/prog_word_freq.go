package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.`

type wordCount struct {
	word  string
	count int
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '\'')
	})
}

func main() {
	counts := map[string]int{}
	for _, w := range words(text) {
		counts[w]++
	}
	list := make([]wordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	fmt.Println("distinct words:", len(list))
	for i, wc := range list {
		if i == 8 {
			break
		}
		fmt.Printf("%-8s %2d %s\n", wc.word, wc.count, strings.Repeat("*", wc.count))
	}
	byLen := map[int][]string{}
	for w := range counts {
		n := utf8.RuneCountInString(w)
		byLen[n] = append(byLen[n], w)
	}
	lens := make([]int, 0)
	for n := range byLen {
		lens = append(lens, n)
	}
	sort.Ints(lens)
	for _, n := range lens {
		ws := byLen[n]
		sort.Strings(ws)
		fmt.Println(n, strings.Join(ws, ","))
	}
	fmt.Println(counts)
}

// Output:
// distinct words: 20
// it       10 **********
// of       10 **********
// the      10 **********
// was      10 **********
// age       2 **
// epoch     2 **
// season    2 **
// times     2 **
// 2 it,of
// 3 age,the,was
// 4 best,hope
// 5 epoch,light,times,worst
// 6 belief,season,spring,winter,wisdom
// 7 despair
// 8 darkness
// 11 foolishness,incredulity
// map[age:2 belief:1 best:1 darkness:1 despair:1 epoch:2 foolishness:1 hope:1 incredulity:1 it:10 light:1 of:10 season:2 spring:1 the:10 times:2 was:10 winter:1 wisdom:1 worst:1]
