package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	cases := [][2]string{
		{"*", "abc"}, {"*", "a/b"}, {"a*", "ab/c"}, {"a*/b", "abc/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"},
		{"a?b", "a☺b"}, {"a???b", "a☺b"}, {"[a-ζ]*", "α"}, {"[^a-c]", "d"}, {"[\\]a]", "]"},
		{"\\*", "*"}, {"a[", "a"}, {"a[", "x"}, {"a[", "ab"}, {"[]a]", "]"}, {"[-]", "-"},
		{"[x-]", "x"}, {"[a-b-c]", "a"}, {"\\", "a"}, {"*x", "xxx"}, {"[", "a"}, {"x*[", "y"},
		{"*[", "a"}, {"a/*/c", "a/b/c"}, {"", ""}, {"", "a"}, {"a/[", "b/c"},
	}
	for _, c := range cases {
		m1, e1 := path.Match(c[0], c[1])
		m2, e2 := filepath.Match(c[0], c[1])
		fmt.Printf("%-14q %-10q path=%v,%v filepath=%v,%v\n", c[0], c[1], m1, e1, m2, e2)
	}
	g, err := filepath.Glob("tests/data/tree/*/[ot]*")
	fmt.Println(g, err)
	g, err = filepath.Glob("tests/data/tree/[")
	fmt.Println(g, err)
	g, err = filepath.Glob("tests/data/nothing*")
	fmt.Println(g, err)
}

// Output:
// "*"            "abc"      path=true,<nil> filepath=true,<nil>
// "*"            "a/b"      path=false,<nil> filepath=false,<nil>
// "a*"           "ab/c"     path=false,<nil> filepath=false,<nil>
// "a*/b"         "abc/b"    path=true,<nil> filepath=true,<nil>
// "a*b*c*d*e*/f" "axbxcxdxe/f" path=true,<nil> filepath=true,<nil>
// "a?b"          "a☺b"      path=true,<nil> filepath=true,<nil>
// "a???b"        "a☺b"      path=false,<nil> filepath=false,<nil>
// "[a-ζ]*"       "α"        path=true,<nil> filepath=true,<nil>
// "[^a-c]"       "d"        path=true,<nil> filepath=true,<nil>
// "[\\]a]"       "]"        path=true,<nil> filepath=true,<nil>
// "\\*"          "*"        path=true,<nil> filepath=true,<nil>
// "a["           "a"        path=false,syntax error in pattern filepath=false,syntax error in pattern
// "a["           "x"        path=false,syntax error in pattern filepath=false,syntax error in pattern
// "a["           "ab"       path=false,syntax error in pattern filepath=false,syntax error in pattern
// "[]a]"         "]"        path=false,syntax error in pattern filepath=false,syntax error in pattern
// "[-]"          "-"        path=false,syntax error in pattern filepath=false,syntax error in pattern
// "[x-]"         "x"        path=false,syntax error in pattern filepath=false,syntax error in pattern
// "[a-b-c]"      "a"        path=false,syntax error in pattern filepath=false,syntax error in pattern
// "\\"           "a"        path=false,syntax error in pattern filepath=false,syntax error in pattern
// "*x"           "xxx"      path=true,<nil> filepath=true,<nil>
// "["            "a"        path=false,syntax error in pattern filepath=false,syntax error in pattern
// "x*["          "y"        path=false,syntax error in pattern filepath=false,<nil>
// "*["           "a"        path=false,syntax error in pattern filepath=false,syntax error in pattern
// "a/*/c"        "a/b/c"    path=true,<nil> filepath=true,<nil>
// ""             ""         path=true,<nil> filepath=true,<nil>
// ""             "a"        path=false,<nil> filepath=false,<nil>
// "a/["          "b/c"      path=false,syntax error in pattern filepath=false,syntax error in pattern
// [tests/data/tree/a/one.txt tests/data/tree/c/three.txt] <nil>
// [] syntax error in pattern
// [] <nil>
