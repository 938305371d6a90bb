package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

func show(title string, w *tabwriter.Writer, sb *strings.Builder) {
	w.Flush()
	fmt.Println("==", title)
	for _, line := range strings.Split(sb.String(), "\n") {
		fmt.Printf("%q\n", line)
	}
	sb.Reset()
}

func main() {
	var sb strings.Builder
	rows := []string{"name\tqty\tprice\t", "apple\t3\t1.25\t", "watermelon\t12\t10.5\t", "kiwi\t100\t0.3\t"}

	w := tabwriter.NewWriter(&sb, 0, 8, 1, ' ', 0)
	for _, r := range rows {
		fmt.Fprintln(w, r)
	}
	show("left", w, &sb)

	w = tabwriter.NewWriter(&sb, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	for _, r := range rows {
		fmt.Fprintln(w, r)
	}
	show("right debug", w, &sb)

	w = tabwriter.NewWriter(&sb, 6, 4, 2, '.', 0)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aa\t\tcc")
	fmt.Fprintln(w, "no tabs ends the block")
	fmt.Fprintln(w, "x\ty")
	fmt.Fprint(w, "unterminated\tcell")
	show("minwidth padding", w, &sb)

	w = tabwriter.NewWriter(&sb, 0, 4, 0, '\t', 0)
	fmt.Fprintln(w, "a\tb")
	fmt.Fprintln(w, "abcde\tf")
	fmt.Fprintln(w, "\tindent")
	show("tabs", w, &sb)

	w = tabwriter.NewWriter(&sb, 0, 4, 1, ' ', tabwriter.TabIndent)
	fmt.Fprintln(w, "\t\tdeep\tx")
	fmt.Fprintln(w, "\tone\tyy")
	show("tabindent", w, &sb)

	w = tabwriter.NewWriter(&sb, 0, 8, 1, '-', tabwriter.DiscardEmptyColumns)
	fmt.Fprintln(w, "a\t\tb")
	fmt.Fprintln(w, "cc\t\td")
	show("discard empty", w, &sb)

	w = tabwriter.NewWriter(&sb, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "héllo\twörld\t!")
	fmt.Fprintln(w, "日本語\tx\t!")
	fmt.Fprintln(w, "a\xffb\ty\t!")
	show("utf8", w, &sb)

	w = tabwriter.NewWriter(&sb, 0, 8, 1, ' ', 0)
	fmt.Fprint(w, "a\tb\fcc\td\n")
	fmt.Fprint(w, "e\vf\tg\n")
	show("formfeed vtab", w, &sb)

	w = tabwriter.NewWriter(&sb, 0, 8, 1, ' ', tabwriter.StripEscape)
	fmt.Fprintln(w, "\xff\t\xffx\ty")
	fmt.Fprintln(w, "long cell\tz")
	show("escape", w, &sb)

	w = tabwriter.NewWriter(&sb, 0, 8, 1, ' ', 0)
	w.Write([]byte("partial wri"))
	w.Write([]byte("te\tacross\ncalls\tok\n"))
	show("split writes", w, &sb)

	w = tabwriter.NewWriter(&sb, 0, 8, 1, ' ', 0)
	show("empty", w, &sb)

	out := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(out, "%s\t%d\t%.2f\n", "x", 1, 2.5)
	fmt.Fprintf(out, "%s\t%d\t%.2f\n", "longer", 100, 3.14159)
	out.Flush()
}

// Output:
// == left
// "name       qty price "
// "apple      3   1.25  "
// "watermelon 12  10.5  "
// "kiwi       100 0.3   "
// ""
// == right debug
// "       name| qty| price|"
// "      apple|   3|  1.25|"
// " watermelon|  12|  10.5|"
// "       kiwi| 100|   0.3|"
// ""
// == minwidth padding
// "a.....b.....c"
// "aa..........cc"
// "no tabs ends the block"
// "x.............y"
// "unterminated..cell"
// == tabs
// "a\t\tb"
// "abcde\tf"
// "\t\tindent"
// ""
// == tabindent
// "\t\tdeep x"
// "\tone yy"
// ""
// == discard empty
// "a---b"
// "cc--d"
// ""
// == utf8
// "héllo wörld !"
// "日本語   x     !"
// "a\xffb\ty\t!"
// ""
// == formfeed vtab
// "a b"
// "cc d"
// "e  f g"
// ""
// == escape
// "\tx        y"
// "long cell z"
// ""
// == split writes
// "partial write across"
// "calls         ok"
// ""
// == empty
// ""
// x       1    2.50
// longer  100  3.14
