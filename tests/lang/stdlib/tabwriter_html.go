package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

func main() {
	for _, flags := range []uint{0, tabwriter.FilterHTML, tabwriter.FilterHTML | tabwriter.Debug, tabwriter.FilterHTML | tabwriter.AlignRight} {
		w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, '.', flags)
		fmt.Fprintln(w, "<b>name</b>\tvalue\t")
		fmt.Fprintln(w, "a &amp; b\t&lt;x&gt;\t")
		fmt.Fprintln(w, "plain\t<i>italic</i> &copy;\t")
		fmt.Fprintln(w, "unclosed <tag\tx\t")
		w.Flush()
		fmt.Println("--")
	}
	// escapes with StripEscape, and an entity split across writes
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, 4, 4, 2, ' ', tabwriter.FilterHTML|tabwriter.StripEscape)
	w.Write([]byte("x &am"))
	w.Write([]byte("p; y\t\xff<z>\t\xffq\t\n"))
	w.Write([]byte("longer cell\tb\tc\t\n"))
	w.Flush()
	fmt.Printf("%q\n", sb.String())
}

// Output:
// <b>name</b>...value................
// a &amp; b.....&lt;x&gt;............
// plain.........<i>italic</i> &copy;.
// unclosed <tag.x....................
// --
// <b>name</b>..value....
// a &amp; b.&lt;x&gt;......
// plain.<i>italic</i> &copy;.
// unclosed <tag	x	
// --
// <b>name</b>..|value....|
// a &amp; b.|&lt;x&gt;......|
// plain.|<i>italic</i> &copy;.|
// unclosed <tag	x	
// --
// ..<b>name</b>....value
// .a &amp; b......&lt;x&gt;
// .plain.<i>italic</i> &copy;
// unclosed <tag	x	
// --
// "x &amp; y        <z>\tq  \nlonger cell  b      c   \n"
