package main

import (
	"fmt"
	"os"
	"path/filepath"
)

// EvalSymlinks over links made in a scratch directory; results are
// printed relative to it.
func main() {
	dir, err := os.MkdirTemp("", "golem-eval")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	os.MkdirAll(dir+"/real/sub", 0755)
	os.WriteFile(dir+"/real/sub/f.txt", []byte("x"), 0644)
	os.Symlink("real", dir+"/link")
	os.Symlink(dir+"/real/sub", dir+"/abslink")
	os.Symlink("../real/sub/f.txt", dir+"/real/rel")
	os.Symlink("link/sub", dir+"/chain")
	os.Symlink("loop2", dir+"/loop1")
	os.Symlink("loop1", dir+"/loop2")
	os.Chdir(dir)
	for _, p := range []string{"link/sub/f.txt", "abslink/f.txt", "real/rel", "chain/f.txt", "./link/../link/sub",
		"link/sub/../..", "missing", "loop1", "real/sub/f.txt/x", "real//sub/", "."} {
		r, err := filepath.EvalSymlinks(p)
		if rel, rerr := filepath.Rel(dir, r); filepath.IsAbs(r) && rerr == nil {
			r = "DIR/" + rel
		}
		fmt.Printf("%q -> %q %v\n", p, r, err != nil)
	}
	abs, err := filepath.EvalSymlinks(dir + "/link/sub")
	rel, _ := filepath.Rel(dir, abs)
	fmt.Println(filepath.IsAbs(abs), rel, err)
}

// Output:
// "link/sub/f.txt" -> "real/sub/f.txt" false
// "abslink/f.txt" -> "DIR/real/sub/f.txt" false
// "real/rel" -> "real/sub/f.txt" false
// "chain/f.txt" -> "real/sub/f.txt" false
// "./link/../link/sub" -> "real/sub" false
// "link/sub/../.." -> "." false
// "missing" -> "" true
// "loop1" -> "" true
// "real/sub/f.txt/x" -> "" true
// "real//sub/" -> "real/sub" false
// "." -> "." false
// true real/sub <nil>
