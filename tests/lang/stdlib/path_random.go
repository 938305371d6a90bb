// Differential test: path and path/filepath on random paths and patterns
// from a fixed LCG.
package main

import (
	"fmt"
	"path"
	"path/filepath"
)

var seed uint32 = 99

func rnd(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

var parts = []string{"", "/", "a", "b", ".", "..", "//", "c.go", ".x", "a.b.c", "/a", "*", "?", "[ab]", "[^a]", "\\", "[", "]", "-", "[a-c]", "é"}

func gen() string {
	n := rnd(5)
	s := ""
	for i := 0; i < n; i++ {
		s += parts[rnd(len(parts))]
	}
	return s
}

func main() {
	for i := 0; i < 120; i++ {
		a, b := gen(), gen()
		d, f := path.Split(a)
		m, err := path.Match(a, b)
		fm, ferr := filepath.Match(a, b)
		r, rerr := filepath.Rel(a, b)
		fmt.Printf("%q %q|%q %q %q %q %q %q %v|%v %v|%v %v|%q %v|%q %q %q %q %v\n", a, b,
			path.Clean(a), path.Join(a, b), d, f, path.Base(a), path.Dir(a), path.Ext(a),
			m, err, fm, ferr, r, rerr,
			filepath.Clean(a), filepath.Join(a, b, a), filepath.Base(b), filepath.Ext(b), filepath.SplitList(a))
	}
}

// Output:
// "*" "é"|"*" "*/é" "" "*" "*" "." |true <nil>|true <nil>|"../é" <nil>|"*" "*/é/*" "é" "" [*]
// "" ""|"." "" "" "" "." "." |true <nil>|true <nil>|"." <nil>|"." "" "." "" []
// "//a[ab].x" "[ab]"|"/a[ab].x" "/a[ab].x/[ab]" "//" "a[ab].x" "a[ab].x" "/" .x|false <nil>|false <nil>|"" Rel: can't make [ab] relative to //a[ab].x|"/a[ab].x" "/a[ab].x/[ab]/a[ab].x" "[ab]" "" [//a[ab].x]
// ".x.." "é"|".x.." ".x../é" "" ".x.." ".x.." "." .|false <nil>|false <nil>|"../é" <nil>|".x.." ".x../é/.x.." "é" "" [.x..]
// "c.go[ab]." "[^a]"|"c.go[ab]." "c.go[ab]./[^a]" "" "c.go[ab]." "c.go[ab]." "." .|false <nil>|false <nil>|"../[^a]" <nil>|"c.go[ab]." "c.go[ab]./[^a]/c.go[ab]." "[^a]" "" [c.go[ab].]
// "" ".a"|"." ".a" "" "" "." "." |false <nil>|false <nil>|".a" <nil>|"." ".a" ".a" ".a" []
// "a-/" "/a.]["|"a-" "a-/a.][" "a-/" "" "a-" "a-" |false <nil>|false <nil>|"" Rel: can't make /a.][ relative to a-/|"a-" "a-/a.][/a-" "a.][" ".][" [a-/]
// "\\" "b?"|"\\" "\\/b?" "" "\\" "\\" "." |false syntax error in pattern|false syntax error in pattern|"../b?" <nil>|"\\" "\\/b?/\\" "b?" "" [\]
// "??" ""|"??" "??" "" "??" "??" "." |false <nil>|false <nil>|"../." <nil>|"??" "??/??" "." "" [??]
// "[.x" ""|"[.x" "[.x" "" "[.x" "[.x" "." .x|false syntax error in pattern|false syntax error in pattern|"../." <nil>|"[.x" "[.x/[.x" "." "" [[.x]
// "/a" ""|"/a" "/a" "/" "a" "a" "/" |false <nil>|false <nil>|"" Rel: can't make  relative to /a|"/a" "/a/a" "." "" [/a]
// "c.go-]" ".x////"|"c.go-]" "c.go-]/.x" "" "c.go-]" "c.go-]" "." .go-]|false <nil>|false <nil>|"../.x" <nil>|"c.go-]" "c.go-]/.x/c.go-]" ".x" "" [c.go-]]
// "\\*-" "\\.x*[^a]"|"\\*-" "\\*-/\\.x*[^a]" "" "\\*-" "\\*-" "." |false <nil>|false <nil>|"../\\.x*[^a]" <nil>|"\\*-" "\\*-/\\.x*[^a]/\\*-" "\\.x*[^a]" ".x*[^a]" [\*-]
// "/aé" ""|"/aé" "/aé" "/" "aé" "aé" "/" |false <nil>|false <nil>|"" Rel: can't make  relative to /aé|"/aé" "/aé/aé" "." "" [/aé]
// "" "a.b.c"|"." "a.b.c" "" "" "." "." |false <nil>|false <nil>|"a.b.c" <nil>|"." "a.b.c" "a.b.c" ".c" []
// "." "[-"|"." "[-" "" "." "." "." .|false <nil>|false <nil>|"[-" <nil>|"." "[-" "[-" "" [.]
// "c.goa.b.c.x" "-"|"c.goa.b.c.x" "c.goa.b.c.x/-" "" "c.goa.b.c.x" "c.goa.b.c.x" "." .x|false <nil>|false <nil>|"../-" <nil>|"c.goa.b.c.x" "c.goa.b.c.x/-/c.goa.b.c.x" "-" "" [c.goa.b.c.x]
// "b.xé/a" "/"|"b.xé/a" "b.xé/a" "b.xé/" "a" "a" "b.xé" |false <nil>|false <nil>|"" Rel: can't make / relative to b.xé/a|"b.xé/a" "b.xé/a/b.xé/a" "/" "" [b.xé/a]
// "/a[^a]" "[^a]["|"/a[^a]" "/a[^a]/[^a][" "/" "a[^a]" "a[^a]" "/" |false <nil>|false <nil>|"" Rel: can't make [^a][ relative to /a[^a]|"/a[^a]" "/a[^a]/[^a][/a[^a]" "[^a][" "" [/a[^a]]
// "\\" "?]c.go"|"\\" "\\/?]c.go" "" "\\" "\\" "." |false syntax error in pattern|false syntax error in pattern|"../?]c.go" <nil>|"\\" "\\/?]c.go/\\" "?]c.go" ".go" [\]
// "a.b.c[a-c]" ".xa.b.c-[^a]"|"a.b.c[a-c]" "a.b.c[a-c]/.xa.b.c-[^a]" "" "a.b.c[a-c]" "a.b.c[a-c]" "." .c[a-c]|false <nil>|false <nil>|"../.xa.b.c-[^a]" <nil>|"a.b.c[a-c]" "a.b.c[a-c]/.xa.b.c-[^a]/a.b.c[a-c]" ".xa.b.c-[^a]" ".c-[^a]" [a.b.c[a-c]]
// "c.go[^a]*/" ""|"c.go[^a]*" "c.go[^a]*" "c.go[^a]*/" "" "c.go[^a]*" "c.go[^a]*" |false <nil>|false <nil>|"../." <nil>|"c.go[^a]*" "c.go[^a]*/c.go[^a]*" "." "" [c.go[^a]*/]
// "]]/a" "[[ab]"|"]]/a" "]]/a/[[ab]" "]]/" "a" "a" "]]" |false <nil>|false <nil>|"../../[[ab]" <nil>|"]]/a" "]]/a/[[ab]/]]/a" "[[ab]" "" []]/a]
// "..[*[" ""|"..[*[" "..[*[" "" "..[*[" "..[*[" "." .[*[|false syntax error in pattern|false syntax error in pattern|"../." <nil>|"..[*[" "..[*[/..[*[" "." "" [..[*[]
// "" "ba"|"." "ba" "" "" "." "." |false <nil>|false <nil>|"ba" <nil>|"." "ba" "ba" "" []
// "" "."|"." "." "" "" "." "." |false <nil>|false <nil>|"." <nil>|"." "." "." "." []
// "//" "?.xa.b.c"|"/" "/?.xa.b.c" "//" "" "/" "/" |false <nil>|false <nil>|"" Rel: can't make ?.xa.b.c relative to //|"/" "/?.xa.b.c" "?.xa.b.c" ".c" [//]
// "*" "-[//"|"*" "*/-[" "" "*" "*" "." |false <nil>|false <nil>|"../-[" <nil>|"*" "*/-[/*" "-[" "" [*]
// "...c.go[ab]" "[a-c]*"|"...c.go[ab]" "...c.go[ab]/[a-c]*" "" "...c.go[ab]" "...c.go[ab]" "." .go[ab]|false <nil>|false <nil>|"../[a-c]*" <nil>|"...c.go[ab]" "...c.go[ab]/[a-c]*/...c.go[ab]" "[a-c]*" "" [...c.go[ab]]
// "-" "?"|"-" "-/?" "" "-" "-" "." |false <nil>|false <nil>|"../?" <nil>|"-" "-/?/-" "?" "" [-]
// ".x" "*]*"|".x" ".x/*]*" "" ".x" ".x" "." .x|false <nil>|false <nil>|"../*]*" <nil>|".x" ".x/*]*/.x" "*]*" "" [.x]
// "[^a]" "\\-."|"[^a]" "[^a]/\\-." "" "[^a]" "[^a]" "." |false <nil>|false <nil>|"../\\-." <nil>|"[^a]" "[^a]/\\-./[^a]" "\\-." "." [[^a]]
// "/a" "[ab]?"|"/a" "/a/[ab]?" "/" "a" "a" "/" |false <nil>|false <nil>|"" Rel: can't make [ab]? relative to /a|"/a" "/a/[ab]?/a" "[ab]?" "" [/a]
// "[^a]b" "[a-c]-."|"[^a]b" "[^a]b/[a-c]-." "" "[^a]b" "[^a]b" "." |false <nil>|false <nil>|"../[a-c]-." <nil>|"[^a]b" "[^a]b/[a-c]-./[^a]b" "[a-c]-." "." [[^a]b]
// "?[^a][ab][" ".x[a-c]][a-c]"|"?[^a][ab][" "?[^a][ab][/.x[a-c]][a-c]" "" "?[^a][ab][" "?[^a][ab][" "." |false syntax error in pattern|false syntax error in pattern|"../.x[a-c]][a-c]" <nil>|"?[^a][ab][" "?[^a][ab][/.x[a-c]][a-c]/?[^a][ab][" ".x[a-c]][a-c]" ".x[a-c]][a-c]" [?[^a][ab][]
// "-/a*" ""|"-/a*" "-/a*" "-/" "a*" "a*" "-" |false <nil>|false <nil>|"../../." <nil>|"-/a*" "-/a*/-/a*" "." "" [-/a*]
// "//////" "[ab]éa"|"/" "/[ab]éa" "//////" "" "/" "/" |false <nil>|false <nil>|"" Rel: can't make [ab]éa relative to //////|"/" "/[ab]éa" "[ab]éa" "" [//////]
// "a-\\" "////\\"|"a-\\" "a-\\/\\" "" "a-\\" "a-\\" "." |false syntax error in pattern|false syntax error in pattern|"" Rel: can't make ////\ relative to a-\|"a-\\" "a-\\/\\/a-\\" "\\" "" [a-\]
// "" "a..\\"|"." "a..\\" "" "" "." "." |false <nil>|false <nil>|"a..\\" <nil>|"." "a..\\" "a..\\" ".\\" []
// "c.go]/-" ""|"c.go]/-" "c.go]/-" "c.go]/" "-" "-" "c.go]" |false <nil>|false <nil>|"../../." <nil>|"c.go]/-" "c.go]/-/c.go]/-" "." "" [c.go]/-]
// "[.x" "b"|"[.x" "[.x/b" "" "[.x" "[.x" "." .x|false syntax error in pattern|false syntax error in pattern|"../b" <nil>|"[.x" "[.x/b/[.x" "b" "" [[.x]
// "" ".."|"." ".." "" "" "." "." |false <nil>|false <nil>|".." <nil>|"." ".." ".." "." []
// "a" "[a-c]"|"a" "a/[a-c]" "" "a" "a" "." |false <nil>|false <nil>|"../[a-c]" <nil>|"a" "a/[a-c]/a" "[a-c]" "" [a]
// "é" "a.b.c?."|"é" "é/a.b.c?." "" "é" "é" "." |false <nil>|false <nil>|"../a.b.c?." <nil>|"é" "é/a.b.c?./é" "a.b.c?." "." [é]
// "c.go" "a"|"c.go" "c.go/a" "" "c.go" "c.go" "." .go|false <nil>|false <nil>|"../a" <nil>|"c.go" "c.go/a/c.go" "a" "" [c.go]
// "-/" ""|"-" "-" "-/" "" "-" "-" |false <nil>|false <nil>|"../." <nil>|"-" "-/-" "." "" [-/]
// "?]?." "[ab]?"|"?]?." "?]?./[ab]?" "" "?]?." "?]?." "." .|false <nil>|false <nil>|"../[ab]?" <nil>|"?]?." "?]?./[ab]?/?]?." "[ab]?" "" [?]?.]
// "[a-c]" "[a-c]"|"[a-c]" "[a-c]/[a-c]" "" "[a-c]" "[a-c]" "." |false <nil>|false <nil>|"." <nil>|"[a-c]" "[a-c]/[a-c]/[a-c]" "[a-c]" "" [[a-c]]
// "..é?" "-"|"..é?" "..é?/-" "" "..é?" "..é?" "." .é?|false <nil>|false <nil>|"../-" <nil>|"..é?" "..é?/-/..é?" "-" "" [..é?]
// "ba.b.c[^a]" "..c.go/"|"ba.b.c[^a]" "ba.b.c[^a]/..c.go" "" "ba.b.c[^a]" "ba.b.c[^a]" "." .c[^a]|false <nil>|false <nil>|"../..c.go" <nil>|"ba.b.c[^a]" "ba.b.c[^a]/..c.go/ba.b.c[^a]" "..c.go" "" [ba.b.c[^a]]
// "?é[^a]" ""|"?é[^a]" "?é[^a]" "" "?é[^a]" "?é[^a]" "." |false <nil>|false <nil>|"../." <nil>|"?é[^a]" "?é[^a]/?é[^a]" "." "" [?é[^a]]
// "b?c.go" "*]a.b.cb"|"b?c.go" "b?c.go/*]a.b.cb" "" "b?c.go" "b?c.go" "." .go|false <nil>|false <nil>|"../*]a.b.cb" <nil>|"b?c.go" "b?c.go/*]a.b.cb/b?c.go" "*]a.b.cb" ".cb" [b?c.go]
// "*" "[ab]"|"*" "*/[ab]" "" "*" "*" "." |true <nil>|true <nil>|"../[ab]" <nil>|"*" "*/[ab]/*" "[ab]" "" [*]
// "c.gobé" ".x"|"c.gobé" "c.gobé/.x" "" "c.gobé" "c.gobé" "." .gobé|false <nil>|false <nil>|"../.x" <nil>|"c.gobé" "c.gobé/.x/c.gobé" ".x" ".x" [c.gobé]
// "*" "*["|"*" "*/*[" "" "*" "*" "." |true <nil>|true <nil>|"../*[" <nil>|"*" "*/*[/*" "*[" "" [*]
// "é]" "[^a]-]a.b.c"|"é]" "é]/[^a]-]a.b.c" "" "é]" "é]" "." |false <nil>|false <nil>|"../[^a]-]a.b.c" <nil>|"é]" "é]/[^a]-]a.b.c/é]" "[^a]-]a.b.c" ".c" [é]]
// "" "é"|"." "é" "" "" "." "." |false <nil>|false <nil>|"é" <nil>|"." "é" "é" "" []
// "[ab]/" "....*"|"[ab]" "[ab]/....*" "[ab]/" "" "[ab]" "[ab]" |false <nil>|false <nil>|"../....*" <nil>|"[ab]" "[ab]/....*/[ab]" "....*" ".*" [[ab]/]
// ".x*[^a]b" "a"|".x*[^a]b" ".x*[^a]b/a" "" ".x*[^a]b" ".x*[^a]b" "." .x*[^a]b|false <nil>|false <nil>|"../a" <nil>|".x*[^a]b" ".x*[^a]b/a/.x*[^a]b" "a" "" [.x*[^a]b]
// "" "b/[a-c]a.b.c"|"." "b/[a-c]a.b.c" "" "" "." "." |false <nil>|false <nil>|"b/[a-c]a.b.c" <nil>|"." "b/[a-c]a.b.c" "[a-c]a.b.c" ".c" []
// ".x.[//" "b"|".x.[" ".x.[/b" ".x.[//" "" ".x.[" ".x.[" |false syntax error in pattern|false syntax error in pattern|"../b" <nil>|".x.[" ".x.[/b/.x.[" "b" "" [.x.[//]
// "[..?" ""|"[..?" "[..?" "" "[..?" "[..?" "." .?|false syntax error in pattern|false syntax error in pattern|"../." <nil>|"[..?" "[..?/[..?" "." "" [[..?]
// "a.b.c[ab]a/" "][ab]*"|"a.b.c[ab]a" "a.b.c[ab]a/][ab]*" "a.b.c[ab]a/" "" "a.b.c[ab]a" "a.b.c[ab]a" |false <nil>|false <nil>|"../][ab]*" <nil>|"a.b.c[ab]a" "a.b.c[ab]a/][ab]*/a.b.c[ab]a" "][ab]*" "" [a.b.c[ab]a/]
// "..-" "?.x[^a]"|"..-" "..-/?.x[^a]" "" "..-" "..-" "." .-|false <nil>|false <nil>|"../?.x[^a]" <nil>|"..-" "..-/?.x[^a]/..-" "?.x[^a]" ".x[^a]" [..-]
// "[^a]a].." "[a-c]"|"[^a]a].." "[^a]a]../[a-c]" "" "[^a]a].." "[^a]a].." "." .|false <nil>|false <nil>|"../[a-c]" <nil>|"[^a]a].." "[^a]a]../[a-c]/[^a]a].." "[a-c]" "" [[^a]a]..]
// "[ab]" "[a-c]?"|"[ab]" "[ab]/[a-c]?" "" "[ab]" "[ab]" "." |false <nil>|false <nil>|"../[a-c]?" <nil>|"[ab]" "[ab]/[a-c]?/[ab]" "[a-c]?" "" [[ab]]
// "" "c.go-\\[a-c]"|"." "c.go-\\[a-c]" "" "" "." "." |false <nil>|false <nil>|"c.go-\\[a-c]" <nil>|"." "c.go-\\[a-c]" "c.go-\\[a-c]" ".go-\\[a-c]" []
// "[/[a-c]" "/"|"[/[a-c]" "[/[a-c]" "[/" "[a-c]" "[a-c]" "[" |true <nil>|true <nil>|"" Rel: can't make / relative to [/[a-c]|"[/[a-c]" "[/[a-c]/[/[a-c]" "/" "" [[/[a-c]]
// "[ab]" ""|"[ab]" "[ab]" "" "[ab]" "[ab]" "." |false <nil>|false <nil>|"../." <nil>|"[ab]" "[ab]/[ab]" "." "" [[ab]]
// "//" "[^a]"|"/" "/[^a]" "//" "" "/" "/" |false <nil>|false <nil>|"" Rel: can't make [^a] relative to //|"/" "/[^a]" "[^a]" "" [//]
// "c.goa" "a.b.c/]."|"c.goa" "c.goa/a.b.c/]." "" "c.goa" "c.goa" "." .goa|false <nil>|false <nil>|"../a.b.c/]." <nil>|"c.goa" "c.goa/a.b.c/]./c.goa" "]." "." [c.goa]
// "-/.-" ".b"|"-/.-" "-/.-/.b" "-/" ".-" ".-" "-" .-|false <nil>|false <nil>|"../../.b" <nil>|"-/.-" "-/.-/.b/-/.-" ".b" ".b" [-/.-]
// "//" "/c.gob"|"/" "/c.gob" "//" "" "/" "/" |false <nil>|false <nil>|"c.gob" <nil>|"/" "/c.gob" "c.gob" ".gob" [//]
// ".." "..c.goé*"|".." "../..c.goé*" "" ".." ".." "." .|false <nil>|false <nil>|"" Rel: can't make ..c.goé* relative to ..|".." ".." "..c.goé*" ".goé*" [..]
// ".x/" "/ac.gob"|".x" ".x/ac.gob" ".x/" "" ".x" ".x" |false <nil>|false <nil>|"" Rel: can't make /ac.gob relative to .x/|".x" ".x/ac.gob/.x" "ac.gob" ".gob" [.x/]
// "*" "//a"|"*" "*/a" "" "*" "*" "." |false <nil>|false <nil>|"" Rel: can't make //a relative to *|"*" "*/a/*" "a" "" [*]
// "]*[a-c]" "["|"]*[a-c]" "]*[a-c]/[" "" "]*[a-c]" "]*[a-c]" "." |false <nil>|false <nil>|"../[" <nil>|"]*[a-c]" "]*[a-c]/[/]*[a-c]" "[" "" []*[a-c]]
// "/a" "/a[*"|"/a" "/a/a[*" "/" "a" "a" "/" |false <nil>|false <nil>|"../a[*" <nil>|"/a" "/a/a[*/a" "a[*" "" [/a]
// "" ".a[ab].."|"." ".a[ab].." "" "" "." "." |false <nil>|false <nil>|".a[ab].." <nil>|"." ".a[ab].." ".a[ab].." "." []
// "bc.go//b" ""|"bc.go/b" "bc.go/b" "bc.go//" "b" "b" "bc.go" |false <nil>|false <nil>|"../../." <nil>|"bc.go/b" "bc.go/b/bc.go/b" "." "" [bc.go//b]
// ".x*/a" "-///"|".x*/a" ".x*/a/-" ".x*/" "a" "a" ".x*" |false <nil>|false <nil>|"../../-" <nil>|".x*/a" ".x*/a/-/.x*/a" "-" "" [.x*/a]
// "éc.go.x" "[a-c][ab]é"|"éc.go.x" "éc.go.x/[a-c][ab]é" "" "éc.go.x" "éc.go.x" "." .x|false <nil>|false <nil>|"../[a-c][ab]é" <nil>|"éc.go.x" "éc.go.x/[a-c][ab]é/éc.go.x" "[a-c][ab]é" "" [éc.go.x]
// ".." ""|".." ".." "" ".." ".." "." .|false <nil>|false <nil>|"" Rel: can't make  relative to ..|".." "../.." "." "" [..]
// "[a-c]ac.go" "..[ab]"|"[a-c]ac.go" "[a-c]ac.go/..[ab]" "" "[a-c]ac.go" "[a-c]ac.go" "." .go|false <nil>|false <nil>|"../..[ab]" <nil>|"[a-c]ac.go" "[a-c]ac.go/..[ab]/[a-c]ac.go" "..[ab]" ".[ab]" [[a-c]ac.go]
// "[ab]" "[a-c]*"|"[ab]" "[ab]/[a-c]*" "" "[ab]" "[ab]" "." |false <nil>|false <nil>|"../[a-c]*" <nil>|"[ab]" "[ab]/[a-c]*/[ab]" "[a-c]*" "" [[ab]]
// ".x/b" "//./a["|".x/b" ".x/b/a[" ".x/" "b" "b" ".x" |false <nil>|false <nil>|"" Rel: can't make //./a[ relative to .x/b|".x/b" ".x/b/a[/.x/b" "a[" "" [.x/b]
// "" "éé"|"." "éé" "" "" "." "." |false <nil>|false <nil>|"éé" <nil>|"." "éé" "éé" "" []
// "" "a//é"|"." "a/é" "" "" "." "." |false <nil>|false <nil>|"a/é" <nil>|"." "a/é" "é" "" []
// ".x]//.x" "[a-c].."|".x]/.x" ".x]/.x/[a-c].." ".x]//" ".x" ".x" ".x]" .x|false <nil>|false <nil>|"../../[a-c].." <nil>|".x]/.x" ".x]/.x/[a-c]../.x]/.x" "[a-c].." "." [.x]//.x]
// "[." "[a-c]../"|"[." "[./[a-c].." "" "[." "[." "." .|false syntax error in pattern|false syntax error in pattern|"../[a-c].." <nil>|"[." "[./[a-c]../[." "[a-c].." "" [[.]
// "[a-c]**" ""|"[a-c]**" "[a-c]**" "" "[a-c]**" "[a-c]**" "." |false <nil>|false <nil>|"../." <nil>|"[a-c]**" "[a-c]**/[a-c]**" "." "" [[a-c]**]
// "/a" ""|"/a" "/a" "/" "a" "a" "/" |false <nil>|false <nil>|"" Rel: can't make  relative to /a|"/a" "/a/a" "." "" [/a]
// "[*" ""|"[*" "[*" "" "[*" "[*" "." |false syntax error in pattern|false syntax error in pattern|"../." <nil>|"[*" "[*/[*" "." "" [[*]
// "//" ""|"/" "/" "//" "" "/" "/" |false <nil>|false <nil>|"" Rel: can't make  relative to //|"/" "/" "." "" [//]
// "*/a//\\" "[^a]b\\"|"*/a/\\" "*/a/\\/[^a]b\\" "*/a//" "\\" "\\" "*/a" |false syntax error in pattern|false syntax error in pattern|"../../../[^a]b\\" <nil>|"*/a/\\" "*/a/\\/[^a]b\\/*/a/\\" "[^a]b\\" "" [*/a//\]
// "/a[]." "b"|"/a[]." "/a[]./b" "/" "a[]." "a[]." "/" .|false syntax error in pattern|false syntax error in pattern|"" Rel: can't make b relative to /a[].|"/a[]." "/a[]./b/a[]." "b" "" [/a[].]
// "" "c.goé.."|"." "c.goé.." "" "" "." "." |false <nil>|false <nil>|"c.goé.." <nil>|"." "c.goé.." "c.goé.." "." []
// "" "//.["|"." "/.[" "" "" "." "." |false <nil>|false <nil>|"" Rel: can't make //.[ relative to |"." "/.[" ".[" ".[" []
// "/a[^a]a.b.c" "/a.b.c"|"/a[^a]a.b.c" "/a[^a]a.b.c/a.b.c" "/" "a[^a]a.b.c" "a[^a]a.b.c" "/" .c|false <nil>|false <nil>|"../a.b.c" <nil>|"/a[^a]a.b.c" "/a[^a]a.b.c/a.b.c/a[^a]a.b.c" "a.b.c" ".c" [/a[^a]a.b.c]
// "[^a]//c.go/" "/a[ab]"|"[^a]/c.go" "[^a]/c.go/a[ab]" "[^a]//c.go/" "" "c.go" "[^a]/c.go" |false <nil>|false <nil>|"" Rel: can't make /a[ab] relative to [^a]//c.go/|"[^a]/c.go" "[^a]/c.go/a[ab]/[^a]/c.go" "a[ab]" "" [[^a]//c.go/]
// "[a-c]" "[^a]"|"[a-c]" "[a-c]/[^a]" "" "[a-c]" "[a-c]" "." |false <nil>|false <nil>|"../[^a]" <nil>|"[a-c]" "[a-c]/[^a]/[a-c]" "[^a]" "" [[a-c]]
// "a///" "\\"|"a" "a/\\" "a///" "" "a" "a" |false <nil>|false <nil>|"../\\" <nil>|"a" "a/\\/a" "\\" "" [a///]
// "" "/a[a-c]c.go["|"." "/a[a-c]c.go[" "" "" "." "." |false <nil>|false <nil>|"" Rel: can't make /a[a-c]c.go[ relative to |"." "/a[a-c]c.go[" "a[a-c]c.go[" ".go[" []
// "..[/" "[^a]?é"|"..[" "..[/[^a]?é" "..[/" "" "..[" "..[" |false syntax error in pattern|false syntax error in pattern|"../[^a]?é" <nil>|"..[" "..[/[^a]?é/..[" "[^a]?é" "" [..[/]
// "?" "[^a].x"|"?" "?/[^a].x" "" "?" "?" "." |false <nil>|false <nil>|"../[^a].x" <nil>|"?" "?/[^a].x/?" "[^a].x" ".x" [?]
// "" "[^a]*"|"." "[^a]*" "" "" "." "." |false <nil>|false <nil>|"[^a]*" <nil>|"." "[^a]*" "[^a]*" "" []
// "" ""|"." "" "" "" "." "." |true <nil>|true <nil>|"." <nil>|"." "" "." "" []
// "a.b.c." "é-."|"a.b.c." "a.b.c./é-." "" "a.b.c." "a.b.c." "." .|false <nil>|false <nil>|"../é-." <nil>|"a.b.c." "a.b.c./é-./a.b.c." "é-." "." [a.b.c.]
// "b" ""|"b" "b" "" "b" "b" "." |false <nil>|false <nil>|"../." <nil>|"b" "b/b" "." "" [b]
// "c.go" "["|"c.go" "c.go/[" "" "c.go" "c.go" "." .go|false <nil>|false <nil>|"../[" <nil>|"c.go" "c.go/[/c.go" "[" "" [c.go]
// "aa.b.c/a" "c.go."|"aa.b.c/a" "aa.b.c/a/c.go." "aa.b.c/" "a" "a" "aa.b.c" |false <nil>|false <nil>|"../../c.go." <nil>|"aa.b.c/a" "aa.b.c/a/c.go./aa.b.c/a" "c.go." "." [aa.b.c/a]
// "\\.x//" "[a-c]//]"|"\\.x" "\\.x/[a-c]/]" "\\.x//" "" "\\.x" "\\.x" |false <nil>|false <nil>|"../[a-c]/]" <nil>|"\\.x" "\\.x/[a-c]/]/\\.x" "]" "" [\.x//]
// ".x]" ""|".x]" ".x]" "" ".x]" ".x]" "." .x]|false <nil>|false <nil>|"../." <nil>|".x]" ".x]/.x]" "." "" [.x]]
// "éé" "[a-c]]]b"|"éé" "éé/[a-c]]]b" "" "éé" "éé" "." |false <nil>|false <nil>|"../[a-c]]]b" <nil>|"éé" "éé/[a-c]]]b/éé" "[a-c]]]b" "" [éé]
// "[a-c]c.go?" "*////"|"[a-c]c.go?" "[a-c]c.go?/*" "" "[a-c]c.go?" "[a-c]c.go?" "." .go?|false <nil>|false <nil>|"../*" <nil>|"[a-c]c.go?" "[a-c]c.go?/*/[a-c]c.go?" "*" "" [[a-c]c.go?]
// "" "ba.b.c\\"|"." "ba.b.c\\" "" "" "." "." |false <nil>|false <nil>|"ba.b.c\\" <nil>|"." "ba.b.c\\" "ba.b.c\\" ".c\\" []
// "[a-c][ab]" "a.b.c-.b"|"[a-c][ab]" "[a-c][ab]/a.b.c-.b" "" "[a-c][ab]" "[a-c][ab]" "." |false <nil>|false <nil>|"../a.b.c-.b" <nil>|"[a-c][ab]" "[a-c][ab]/a.b.c-.b/[a-c][ab]" "a.b.c-.b" ".b" [[a-c][ab]]
// "b" "[c.go].x"|"b" "b/[c.go].x" "" "b" "b" "." |false <nil>|false <nil>|"../[c.go].x" <nil>|"b" "b/[c.go].x/b" "[c.go].x" ".x" [b]
// "/é" "-a.b.c[^a][ab]"|"/é" "/é/-a.b.c[^a][ab]" "/" "é" "é" "/" |false <nil>|false <nil>|"" Rel: can't make -a.b.c[^a][ab] relative to /é|"/é" "/é/-a.b.c[^a][ab]/é" "-a.b.c[^a][ab]" ".c[^a][ab]" [/é]
// "b" "é."|"b" "b/é." "" "b" "b" "." |false <nil>|false <nil>|"../é." <nil>|"b" "b/é./b" "é." "." [b]
