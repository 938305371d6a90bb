package main

import (
	"fmt"
	"strings"
)

const lorem = `Go is an open source programming language that makes it simple to build secure, scalable systems. It is expressive, concise, clean, and efficient. Its concurrency mechanisms make it easy to write programs that get the most out of multicore and networked machines.`

func wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(text) {
		if cur.Len() > 0 && cur.Len()+1+len(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	total := 0
	for _, w := range words {
		total += len(w)
	}
	gaps := len(words) - 1
	spaces := width - total
	var sb strings.Builder
	for i, w := range words {
		sb.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			sb.WriteString(strings.Repeat(" ", n))
		}
	}
	return sb.String()
}

func center(s string, width int) string {
	if len(s) >= width {
		return s
	}
	left := (width - len(s)) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", width-len(s)-left)
}

func main() {
	for _, w := range []int{40, 25} {
		fmt.Println(strings.Repeat("=", w))
		lines := wrap(lorem, w)
		for i, l := range lines {
			if i < len(lines)-1 {
				l = justify(l, w)
			}
			fmt.Printf("|%-*s|\n", w, l)
		}
	}
	fmt.Printf("[%s]\n", center("title", 11))
	fmt.Printf("[%s]\n", center("even", 11))
	fmt.Println(len(wrap("", 10)), wrap("supercalifragilistic word", 5))
	table := [][]string{{"name", "qty", "price"}, {"apple", "3", "1.25"}, {"watermelon", "10", "0.5"}}
	widths := make([]int, 3)
	for _, row := range table {
		for i, c := range row {
			if len(c) > widths[i] {
				widths[i] = len(c)
			}
		}
	}
	for _, row := range table {
		fmt.Printf("%-*s  %*s  %*s\n", widths[0], row[0], widths[1], row[1], widths[2], row[2])
	}
}

// Output:
// ========================================
// |Go   is   an   open  source  programming|
// |language  that  makes it simple to build|
// |secure,    scalable   systems.   It   is|
// |expressive,    concise,    clean,    and|
// |efficient.  Its  concurrency  mechanisms|
// |make  it easy to write programs that get|
// |the  most out of multicore and networked|
// |machines.                               |
// =========================
// |Go   is  an  open  source|
// |programming language that|
// |makes  it simple to build|
// |secure, scalable systems.|
// |It     is     expressive,|
// |concise,    clean,    and|
// |efficient.            Its|
// |concurrency    mechanisms|
// |make  it  easy  to  write|
// |programs   that  get  the|
// |most out of multicore and|
// |networked machines.      |
// [   title   ]
// [   even    ]
// 0 [supercalifragilistic word]
// name        qty  price
// apple         3   1.25
// watermelon   10    0.5
