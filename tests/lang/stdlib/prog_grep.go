// A typical script: a grep with flags, globbed file arguments
// (filepath.Glob), bufio.Scanner over files.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

func main() {
	ignore := flag.Bool("i", false, "ignore case")
	count := flag.Bool("c", false, "count only")
	flag.Parse()
	if flag.NArg() < 1 {
		fmt.Fprintln(os.Stderr, "usage: grep [-i] [-c] PATTERN [FILE...]")
		os.Exit(2)
	}
	pat := flag.Arg(0)
	if *ignore {
		pat = strings.ToLower(pat)
	}
	files := flag.Args()[1:]
	var all []string
	for _, f := range files {
		m, _ := filepath.Glob(f)
		all = append(all, m...)
	}
	sort.Strings(all)
	total := 0
	for _, name := range all {
		f, err := os.Open(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		sc := bufio.NewScanner(f)
		ln := 0
		n := 0
		for sc.Scan() {
			ln++
			line := sc.Text()
			hay := line
			if *ignore {
				hay = strings.ToLower(hay)
			}
			if strings.Contains(hay, pat) {
				n++
				if !*count {
					fmt.Printf("%s:%d:%s\n", filepath.Base(name), ln, strings.TrimRightFunc(line, unicode.IsSpace))
				}
			}
		}
		f.Close()
		if *count {
			fmt.Printf("%s:%d\n", name, n)
		}
		total += n
	}
	var w io.Writer = os.Stdout
	fmt.Fprintf(w, "total %d in %d files\n", total, len(all))
}

// Args: -i the tests/data/*.txt tests/data/tree/*.md tests/data/missing*

// Output:
// prose.txt:1:The virtual machine reads a program, checks its types and turns it into
// prose.txt:2:bytecode. Then the machine runs the bytecode, one instruction at a time,
// prose.txt:3:and the program prints what it prints. A test compares what the program
// prose.txt:4:printed with what the real Go toolchain printed for the same program.
// prose.txt:6:When the two differ, the test fails, and somebody reads the difference.
// prose.txt:7:Sometimes the machine is wrong; sometimes the test is wrong; once in a
// prose.txt:8:while the toolchain itself changed its mind between versions. Naïve
// prose.txt:9:readers count words; careful readers count the words' words, too — and
// prose.txt:10:they don't forget the apostrophes in "don't" or the accents in café.
// total 9 in 5 files
