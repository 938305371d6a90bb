// Differential test: text/tabwriter with random settings and random
// cell text written in random chunks, from a fixed LCG.
package main

import (
	"fmt"
	"strings"
	"text/tabwriter"
)

var seed uint32 = 31337

func rnd(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

var pieces = []string{"a", "bb", "ccc", "", "日本", "\t", "\t", "\t", "\n", "\n", "\v", "\f", "\xff", "<b>", "&amp;", "x y", "\t\t", "é"}

func main() {
	flagsets := []uint{0, tabwriter.AlignRight, tabwriter.Debug, tabwriter.DiscardEmptyColumns, tabwriter.TabIndent, tabwriter.StripEscape, tabwriter.FilterHTML, tabwriter.AlignRight | tabwriter.Debug | tabwriter.DiscardEmptyColumns, tabwriter.FilterHTML | tabwriter.StripEscape | tabwriter.Debug}
	for i := 0; i < 150; i++ {
		var sb strings.Builder
		minw, tabw, pad := rnd(5), rnd(9), rnd(4)
		padchar := " .\t"[rnd(3)]
		fl := flagsets[rnd(len(flagsets))]
		w := tabwriter.NewWriter(&sb, minw, tabw, pad, padchar, fl)
		n := rnd(12)
		for k := 0; k < n; k++ {
			var chunk string
			m := rnd(4) + 1
			for j := 0; j < m; j++ {
				chunk += pieces[rnd(len(pieces))]
			}
			w.Write([]byte(chunk))
			if rnd(10) == 0 {
				w.Flush()
			}
		}
		w.Flush()
		fmt.Printf("%d %d %d %q %d %q\n", minw, tabw, pad, padchar, fl, sb.String())
	}
}

// Output:
// 1 1 0 '\t' 8 "\ta"
// 0 5 3 '\t' 2 "\t\n"
// 3 2 2 '.' 35 "...|...|...|\n---\n&amp;"
// 3 5 1 '.' 32 "bb\n---\n日本a...|&amp;.|...|cccbb.|\n<b>.|......|é<b>bb日本<b><b>"
// 0 7 0 '\t' 2 "\n日本\té\v&amp;&amp;\t日本\v\vx y\f\vé\vccc\t"
// 2 4 3 ' ' 2 "&amp;   日本bba\t\vé\t日本é<b>      <b><b><b>é\t\t\n<b>"
// 1 5 0 '\t' 4 "x y\na\n<b>\t\t\t\xff\t\t\nx y\té<b>bb<b>\nccc\té\t\n\né"
// 4 1 3 ' ' 0 "\n          \n<b>       \n        ccc\xff\n"
// 2 7 1 ' ' 35 ""
// 1 2 1 '.' 16 ""
// 4 1 3 '\t' 44 "bbx y\t\t\t|<b>&amp;\n<b>é\xff<b>\f&amp;bb\xff\xff\t"
// 4 1 1 '\t' 44 "&amp;\t|\t\t\t\t|\xff\t\t\t&amp;<b><b>a"
// 2 7 0 ' ' 4 "x y\n日本&amp;x yx y<b>x y\xff\n"
// 2 2 1 '.' 1 "\xffx y"
// 4 7 2 '.' 4 "....\xff\v\n\v\v<b>ax y..é&amp;x y&amp;<b>"
// 0 2 3 ' ' 8 ""
// 0 7 0 '\t' 8 "&amp;"
// 1 2 0 '.' 35 "ccc<b>éaccc\ta\t日本<b>\v\na\t\t&amp;ccc日本\f日本\n\n"
// 1 8 0 '\t' 2 "\tccc\n\n&amp;\nx yx yx yccc\n\né\t\t\t\t\n\t\n\n"
// 4 8 2 '.' 8 "\xff\t&amp;\v\taa日本bbccc&amp;x ya&amp;..........\n<b>"
// 2 2 2 ' ' 8 "\xff\té\t\t<b>ébbé\n&amp;ccc\t\v\t\xffx yé"
// 2 2 1 '.' 0 "ccc.x y..ccc.\n.."
// 1 7 1 '.' 2 ".ccc<b>.<b>日本.\n.x y\t\t\v\va\t日本日本"
// 1 0 0 '\t' 1 "\xff\tbbccc&amp;x ybb\na\n"
// 4 2 3 '.' 16 "x y.......<b>"
// 2 3 3 '.' 1 "ax y...\né&amp;ccc&amp;"
// 2 3 3 '.' 4 "...\n...bbé\n<b>&amp;&amp;ccc\n...\n...é<b>acccccc\nbb\né\n"
// 0 2 1 '\t' 2 "<b>\n\n&amp;\tx yx ya\né\t\t\tbbbbccc日本\n"
// 2 0 3 '\t' 8 "\n日本日本bb&amp;\n\xff\t\t\f\xffa\n\xff\t\fé\t\t\tbb\n\xff"
// 2 6 0 ' ' 44 "  |日本日本日本ccc日本é"
// 2 2 0 '.' 4 "\n<b>..\n&amp;a..\n....\n\xffccc\ta<b>x y\v\v\t\xff......&amp;\n&amp;\n&amp;ccc"
// 0 0 0 '.' 44 "ccc&amp;\n---\na|||&amp;\xff\v日本\xff&amp;bb\xff\t\t\t\xff"
// 1 8 0 ' ' 35 " | |&amp;\n&amp;日本\n"
// 1 7 0 '\t' 32 "cccx yx y\t|&amp;\t|accc\t|\t|&amp;x y\t|bbccc\n"
// 0 2 0 '.' 8 "aa................\nax y\xff\n\t\n\t\n<b>\t&amp;\xffé"
// 0 3 0 '\t' 16 "ccc<b>a\tbbx y日本x yx yéé"
// 3 4 2 '.' 2 "<b>..\n<b>..<b>acccé........x y<b><b>..x y"
// 4 2 0 '.' 0 "\n....ccc.\n\n........日本....cccx yccc\nabb日本\n"
// 1 4 3 ' ' 1 "   &amp;   éa\n\nx y   <b>ébbx y   &amp;x ybb&amp;   日本         é\nx y<b>      a"
// 4 7 1 '.' 2 "\n....日本\n........cccx ybb&amp;.\n...."
// 4 6 0 '.' 1 "\n....\n........\n\n............\n\n\xffx y\n&amp;\xffa...日本......&amp;"
// 2 6 2 '\t' 4 "aéaé\xffbbccc<b>&amp;x yccc\t\t\t\t"
// 2 2 3 '.' 2 "日本........écccx y.........\nx y日本...a.........&amp;日本日本\tcccx y"
// 2 4 2 '.' 32 "a..|..|..|a..|é\ncccccc"
// 3 8 2 ' ' 35 "\n\f日本ccca\t"
// 3 4 0 '.' 0 "\xff\xff日本.\nx y日本...x ybb&amp;日本\n\n&amp;..."
// 2 7 0 '\t' 0 "\n\tbbccc日本\xff\né\tx yccc\t\t\n"
// 3 4 1 '.' 32 "éaccc&amp;"
// 2 8 3 '.' 44 "...|...|||...|<b>a\n"
// 4 4 3 '.' 35 ""
// 4 8 1 '.' 44 "\n\na\xff\f\t\t\tccc\t\f\n..日本|é\xff<b>"
// 4 5 3 ' ' 32 "             |é\naéccc&amp;   |    |    |日本"
// 3 1 2 '\t' 16 "bb\t\t\t\t\t\n\n\t\t\t\na\t\tccc<b>\t\t\ncccccc&amp;\xff\f日本\vx y\xff\n\xffbbx y\n"
// 3 0 3 '\t' 4 "éx ybbbb\né\nacccbbx yx y\xffx y\n\f&amp;\xff\nbbx y\n"
// 1 1 0 ' ' 35 "&amp;日本<b>日本bb|&amp;x yccc\n&amp;é\n---\nbb\t\té日本\f\t日本\f\n---\n"
// 3 8 0 '\t' 8 "\n日本\t\t"
// 2 8 0 '.' 0 "\n......a\xff\tax y日本"
// 2 7 1 '\t' 2 "\v\t&amp;\nx y\t\t<b>\t&amp;aa日本&amp;"
// 0 6 0 '.' 44 ""
// 2 3 0 ' ' 8 "x yé\n\nccc&amp;\n"
// 3 1 2 ' ' 16 "ccc\ncccbbé\xff\vx yacccccc日本\t\t\t\n<b>\v&amp;日本\v\t\ta\t"
// 0 2 2 ' ' 44 "  |  |  |  ccc&amp;|  |  ccc|  日本|\n---\nccc\xff&amp;x y&amp;&amp;&amp;bb日本\nx ya\n"
// 3 3 1 '.' 1 ""
// 2 7 2 '.' 32 "a&amp;\n---\n<b>..|..|..|..|..|ccc..|..|..|日本"
// 4 4 0 '.' 0 "bb..ccc日本<b>éx y\n"
// 4 6 0 '\t' 8 "\nx y\n\n<b>\n\n\t\n<b>\tcccax yx y日本éa&amp;"
// 1 5 3 '.' 2 "......\tx yx ycccx y\t\t\t\t\nccc...&amp;&amp;"
// 0 1 3 '.' 8 "\xff\tébb...日本é...<b>\n...\na&amp;éx y\na<b>\nbb"
// 4 5 3 '\t' 8 "\n\n\n\n\tx y日本\t<b>"
// 0 3 3 ' ' 16 "ccc         \xff\t<b>ccc\t<b>\t<b>\n\t\f&amp;日本\n"
// 4 3 2 ' ' 8 "&amp;ccc  \n          \nbb          bb<b>\n\n              \n<b>acccé  x y"
// 1 3 2 ' ' 35 "  |é<b><b>\n"
// 3 3 0 ' ' 1 "   &amp;日本a<b>bba日本cccx y\né<b>\nbbbb"
// 3 6 1 '.' 35 "aéa\v\t\t\v\vx y.|x y.|...|...|\n---\n"
// 0 5 0 '\t' 16 "a\tbbéccc"
// 0 1 1 '.' 1 "\n..\n\n.....\xff\tccc\xff日本..\n\xff\t\t\t\t\xff.日本a日本\n&amp;cccbb."
// 2 3 0 ' ' 4 "\xff日本\né"
// 0 4 0 '.' 35 "ccc&amp;日本&amp;\n---\n\n&amp;日本\n"
// 2 4 0 '.' 44 ""
// 4 7 1 '.' 8 ""
// 3 3 0 '.' 44 ""
// 1 1 0 '.' 0 ""
// 4 3 0 ' ' 1 "bb<b>  <b>                        ax y"
// 1 8 1 '\t' 44 "<b>\n---\nx y"
// 1 1 3 '\t' 0 "é&amp;\né\t\t\t\t\t\té&amp;bb\t\t\t\t\t\té\n"
// 4 2 2 ' ' 35 ""
// 3 1 1 ' ' 32 "é&amp;\n---\n&amp;bb\n\n   |x y\n"
// 3 4 2 '.' 35 "...|a\n...|日本é"
// 3 7 1 ' ' 2 "\n      "
// 2 2 1 '\t' 8 "x y\xffbb\t\t\t\né\n\f\f\fé\tx y\t\taé\f\f\t"
// 1 2 3 '.' 4 "...bb\xff\t...é"
// 2 3 2 '\t' 44 "x y\n"
// 4 5 1 ' ' 4 "x y\n\n\n"
// 1 6 0 ' ' 0 "a\xff\ta\t\tax yccc\nabbbb<b>\vbbbbbbcccx y\n\t\tébb"
// 1 0 0 '\t' 4 "\nccc日本"
// 3 0 0 ' ' 16 "\n日本\xff\n\t\taaé日本"
// 3 8 1 '\t' 8 "&amp;\xff\t\t\v\t<b>"
// 3 6 2 '\t' 44 "\t|日本&amp;\n\n---\n"
// 1 4 2 '.' 4 "\n"
// 3 6 3 ' ' 4 "   <b>   bb日本"
// 2 4 3 '.' 35 "...|x ya\nbb\nccc...|<b>日本a<b>aé日本ccc日本<b>...|\nccc"
// 4 0 0 '.' 32 "\n....|x y&amp;|....|\naccc\n"
// 2 4 0 '.' 32 "..|\n---\n"
// 3 1 2 ' ' 44 "\n\n---\n\n---\n   |   |aa   |  &amp;|  accc<b>a|ébb"
// 3 2 2 '.' 44 "ccc&amp;\nbbcccx y"
// 1 5 1 ' ' 2 "x y ccc \n        &amp;aé日本<b><b>  <b>&amp;é<b>\n<b>     x yé"
// 1 6 0 '.' 1 "<b>..<b>bb\n\n.\xff\t&amp;\ta\f\vx y\t\t\t\t"
// 3 2 3 '\t' 8 "aé&amp;\n\xff\f日本ccc<b>\t\t\n\f\t\tx y&amp;a\t"
// 4 3 3 ' ' 35 ""
// 3 3 0 '\t' 35 "\t|\t|ccc|\t|x y"
// 0 5 3 '\t' 1 "\n\n\xff\t\t\t<b>\t\tbb日本\tbbx y\n\nbb\t"
// 3 4 0 ' ' 2 "   日本\nbb"
// 2 8 3 '\t' 32 "\n---\na日本\n---\n"
// 0 1 0 '.' 35 "||\na|bbébb|é\t\t\t<b>bbccc\n||<b>bbaccc"
// 0 4 1 '.' 8 "\n..<b>&amp;..\n日本.\xff\t\té\n"
// 1 6 3 ' ' 32 "ccc   |   |&amp;\n---\né\n    |         |   |&amp;\né   |<b><b>   |\n---\n"
// 0 6 1 ' ' 16 "\t"
// 0 0 2 ' ' 44 "|a\nx y日本日本\n&amp;x yé\n---\n  |日本<b>\n&amp;é"
// 4 1 3 '.' 8 ""
// 1 6 0 '.' 0 ".a\nbbaccc.日本&amp;bb\xff&amp;\xff<b>日本..日本日本\n\n..."
// 2 3 2 ' ' 35 ""
// 1 8 0 ' ' 32 "\xff\v\xff\xff"
// 1 6 3 ' ' 35 "日本\n<b>\n\f\t日本\t\n\t\t"
// 2 0 2 ' ' 32 "ébbbb  |  |  |<b>日本<b>bbccc<b>a  |  |é"
// 0 2 2 ' ' 8 "bbé<b>ccc"
// 4 0 3 ' ' 35 "    |    |    |    |x ycccéé<b>a日本   |bb"
// 4 4 2 '\t' 0 "cccé\t"
// 1 8 3 '.' 32 "...|ccc\n---\n\xff\na"
// 4 1 1 '\t' 44 "\t\t\t\t|\t\t\t\t|é\xff\t\vbb\xff\t|\t\t\t\t|\n\nccc<b>|\xff\n\t\t\t\ta日本"
// 3 2 0 '.' 8 "......x yccc日本\n...&amp;ccc"
// 0 6 3 '\t' 0 "bb\tbbbba\t\t\n\n\xffx y\t\t\t"
// 0 5 0 '\t' 16 "\xffax y日本\n\tccc\n<b>"
// 4 1 2 '.' 2 "........\né\nccc日本日本\t\n\t\t\n\f&amp;bb\n....\né\n................x y<b>\t\v"
// 3 1 2 ' ' 1 "&amp;     \n   aa\n         "
// 2 7 1 '\t' 16 "\t\tccc\n"
// 2 5 2 '.' 16 "<b>..ccc\nx y\nbba....&amp;日本ccc日本..&amp;\n\t\n\t\t\xff\na<b>"
// 3 0 0 ' ' 0 "<b>\n      bb\nccc\nx y"
// 3 7 2 '.' 0 "\n日本x yax y........é日本a<b>\xff\n&amp;\ta\t\va"
// 0 7 0 '.' 35 "...|日本<b>&amp;\n日本a|||&amp;"
// 0 0 0 '\t' 8 "\nbba日本\n<b>\xff&amp;ccc"
// 1 5 1 '.' 16 "\t\t\n\n\t\t日本é\n"
// 3 0 2 ' ' 16 "\nx yéa  cccé  a日本&amp;&amp;\na  \n\né&amp;é&amp;\n"
// 2 4 3 '.' 35 "...|\n...|...|...|"
// 3 8 3 '.' 2 "<b>......a&amp;...日本\n\n\n\n&amp;"
// 4 0 0 ' ' 8 "    \né\n<b>\n"
// 1 8 1 '\t' 1 "x y\xff\n<b>\t\f&amp;ccc"
// 2 1 3 '.' 8 "日本.........\xff日本bbé\né"
// 3 4 2 ' ' 8 "日本  \n    \n\nbbbbbb<b>ccc"
// 3 8 1 '\t' 32 "\n---\né\t|\t|\n---\n<b>\t|<b><b>\t|\n日本"
// 4 8 1 ' ' 16 "&amp;ccc \né               x y "
