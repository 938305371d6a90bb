package main

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "a/b/../c", "/../a", "a//b/./c/", "../../x/..", "/a/b/c/../../..", "abc/..", "./a"} {
		fmt.Printf("%q -> %q\n", p, path.Clean(p))
	}
	fmt.Printf("%q %q %q %q %q\n", path.Join("a", "b", "c"), path.Join("a", "", "/b"), path.Join("", ""), path.Join("/", "..", "x"), path.Join())
	for _, p := range []string{"", "/", "a", "a/", "/a/b", "a/b.go", "x/.hidden", "dir/file.tar.gz", "///"} {
		d, f := path.Split(p)
		fmt.Printf("%q: base=%q dir=%q ext=%q split=(%q,%q) abs=%v\n", p, path.Base(p), path.Dir(p), path.Ext(p), d, f, path.IsAbs(p))
	}
	pats := [][2]string{
		{"*", "abc"}, {"*", "a/b"}, {"a*/b", "abc/b"}, {"a?c", "abc"}, {"a?c", "a/c"},
		{"[a-c]x", "bx"}, {"[^a-c]x", "bx"}, {"[!a-c]x", "dx"}, {`\*`, "*"}, {"*.go", "main.go"},
		{"*.go", "main.c"}, {"a*b*c", "axxbyyc"}, {"[", "a"}, {"a[", "a"}, {"[]a]", "]"}, {"ä?", "äö"}, {"", ""},
	}
	for _, pm := range pats {
		ok, err := path.Match(pm[0], pm[1])
		fmt.Printf("Match(%q, %q) = %v %v\n", pm[0], pm[1], ok, err)
	}

	// filepath: the same lexical functions, plus Rel, Abs, SplitList.
	fmt.Println(filepath.Join("tests", "data", "..", "lang"), filepath.Clean("a/../../b"), filepath.Base("/x/y.txt"), filepath.Ext("y.txt"), filepath.Dir("/x/y"))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.VolumeName("/a"), string(filepath.Separator))
	fmt.Printf("%q %q\n", filepath.SplitList("/bin:/usr/bin::x"), filepath.SplitList(""))
	rels := [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "a"}, {"a/b", "c"}, {"/a", "b"}, {".", "x/y"}, {"../a", "b"}, {"a/b/../c", "a/c/d"}}
	for _, r := range rels {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", r[0], r[1], rel, err)
	}
	abs, err := filepath.Abs("tests/data")
	fmt.Println(filepath.IsAbs(abs), strings.HasSuffix(abs, "/tests/data"), err)
	abs, _ = filepath.Abs("/x/../y")
	fmt.Println(abs)

	// Glob over tests/data/tree.
	m, err := filepath.Glob("tests/data/tree/*")
	fmt.Println(m, err)
	m, err = filepath.Glob("tests/data/tree/*/*.txt")
	fmt.Println(m, err)
	m, err = filepath.Glob("tests/data/tree/nothing*")
	fmt.Println(m, m == nil, err)
	m, err = filepath.Glob("tests/data/tree/top.md")
	fmt.Println(m, err)
	_, err = filepath.Glob("tests/[")
	fmt.Println(err, err == filepath.ErrBadPattern)

	// Walk and WalkDir, with SkipDir.
	err = filepath.Walk("tests/data/tree", func(p string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if info.IsDir() {
			fmt.Println("walk", p, "dir")
		} else {
			fmt.Println("walk", p, info.Size())
		}
		return nil
	})
	fmt.Println(err)
	err = filepath.WalkDir("tests/data/tree", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "b" {
			return filepath.SkipDir
		}
		fmt.Println("walkdir", p, d.Name(), d.IsDir())
		return nil
	})
	fmt.Println(err)
	stop := errors.New("stop here")
	n := 0
	err = filepath.WalkDir("tests/data/tree", func(p string, d fs.DirEntry, err error) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	fmt.Println(n, err)
	err = filepath.Walk("tests/data/missing", func(p string, info fs.FileInfo, err error) error {
		fmt.Println("missing:", p, info == nil, err)
		return err
	})
	fmt.Println(err)
	err = filepath.WalkDir("tests/data/tree/top.md", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("file root:", p, d.IsDir())
		return filepath.SkipDir
	})
	fmt.Println(err)
}

// Output:
// "" -> "."
// "." -> "."
// ".." -> ".."
// "/" -> "/"
// "//" -> "/"
// "a/b/../c" -> "a/c"
// "/../a" -> "/a"
// "a//b/./c/" -> "a/b/c"
// "../../x/.." -> "../.."
// "/a/b/c/../../.." -> "/"
// "abc/.." -> "."
// "./a" -> "a"
// "a/b/c" "a/b" "" "/x" ""
// "": base="." dir="." ext="" split=("","") abs=false
// "/": base="/" dir="/" ext="" split=("/","") abs=true
// "a": base="a" dir="." ext="" split=("","a") abs=false
// "a/": base="a" dir="a" ext="" split=("a/","") abs=false
// "/a/b": base="b" dir="/a" ext="" split=("/a/","b") abs=true
// "a/b.go": base="b.go" dir="a" ext=".go" split=("a/","b.go") abs=false
// "x/.hidden": base=".hidden" dir="x" ext=".hidden" split=("x/",".hidden") abs=false
// "dir/file.tar.gz": base="file.tar.gz" dir="dir" ext=".gz" split=("dir/","file.tar.gz") abs=false
// "///": base="/" dir="/" ext="" split=("///","") abs=true
// Match("*", "abc") = true <nil>
// Match("*", "a/b") = false <nil>
// Match("a*/b", "abc/b") = true <nil>
// Match("a?c", "abc") = true <nil>
// Match("a?c", "a/c") = false <nil>
// Match("[a-c]x", "bx") = true <nil>
// Match("[^a-c]x", "bx") = false <nil>
// Match("[!a-c]x", "dx") = false <nil>
// Match("\\*", "*") = true <nil>
// Match("*.go", "main.go") = true <nil>
// Match("*.go", "main.c") = false <nil>
// Match("a*b*c", "axxbyyc") = true <nil>
// Match("[", "a") = false syntax error in pattern
// Match("a[", "a") = false syntax error in pattern
// Match("[]a]", "]") = false syntax error in pattern
// Match("ä?", "äö") = true <nil>
// Match("", "") = true <nil>
// tests/lang ../b y.txt .txt /x
// a/b a/b  /
// ["/bin" "/usr/bin" "" "x"] []
// Rel("/a/b", "/a/b/c/d") = "c/d" <nil>
// Rel("/a/b/c", "/a/x") = "../../x" <nil>
// Rel("a", "a") = "." <nil>
// Rel("a/b", "c") = "../../c" <nil>
// Rel("/a", "b") = "" Rel: can't make b relative to /a
// Rel(".", "x/y") = "x/y" <nil>
// Rel("../a", "b") = "" Rel: can't make b relative to ../a
// Rel("a/b/../c", "a/c/d") = "d" <nil>
// true true <nil>
// /y
// [tests/data/tree/a tests/data/tree/c tests/data/tree/top.md] <nil>
// [tests/data/tree/a/one.txt tests/data/tree/c/three.txt] <nil>
// [] true <nil>
// [tests/data/tree/top.md] <nil>
// syntax error in pattern true
// walk tests/data/tree dir
// walk tests/data/tree/a dir
// walk tests/data/tree/a/b dir
// walk tests/data/tree/a/b/two.go 4
// walk tests/data/tree/a/one.txt 4
// walk tests/data/tree/c dir
// walk tests/data/tree/c/three.txt 2
// walk tests/data/tree/top.md 1
// <nil>
// walkdir tests/data/tree tree true
// walkdir tests/data/tree/a a true
// walkdir tests/data/tree/a/one.txt one.txt false
// walkdir tests/data/tree/c c true
// walkdir tests/data/tree/c/three.txt three.txt false
// walkdir tests/data/tree/top.md top.md false
// <nil>
// 3 stop here
// missing: tests/data/missing true lstat tests/data/missing: no such file or directory
// lstat tests/data/missing: no such file or directory
// file root: tests/data/tree/top.md false
// <nil>
