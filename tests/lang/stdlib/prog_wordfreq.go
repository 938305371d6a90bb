// A typical script: word frequencies of standard input (io.ReadAll,
// strings.FieldsFunc, unicode, sort.Slice, text/tabwriter, bufio.Writer).
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode"
)

func main() {
	data, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	counts := map[string]int{}
	words := strings.FieldsFunc(string(data), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	for _, w := range words {
		counts[strings.ToLower(w)]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	for _, k := range keys[:8] {
		fmt.Fprintf(w, "%s\t%d\t\n", k, counts[k])
	}
	w.Flush()
	st, _ := os.Stdin.Stat()
	fmt.Println(st.Mode().IsRegular())
	bw := bufio.NewWriter(os.Stdout)
	defer bw.Flush()
	fmt.Fprintf(bw, "%d words, %d distinct\n", len(words), len(counts))
}

// Stdin: tests/data/prose.txt

// Output:
//       the|  16|
//         a|   4|
//       and|   4|
//   program|   4|
//        in|   3|
//   machine|   3|
//      test|   3|
//      what|   3|
// true
// 108 words, 62 distinct
