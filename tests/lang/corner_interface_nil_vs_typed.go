package main

import (
	"fmt"
	"io"
	"strings"
)

type nopReader struct{}

func (*nopReader) Read(p []byte) (int, error) { return 0, io.EOF }

func get(kind string) io.Reader {
	switch kind {
	case "nil":
		return nil
	case "typed":
		var r *nopReader
		return r
	default:
		return strings.NewReader("data")
	}
}

func main() {
	for _, k := range []string{"nil", "typed", "real"} {
		r := get(k)
		fmt.Printf("%s: nil=%v type=%T\n", k, r == nil, r)
	}
	r := get("typed")
	n, err := r.Read(nil)
	fmt.Println(n, err)
}

// Output:
// nil: nil=true type=<nil>
// typed: nil=false type=*main.nopReader
// real: nil=false type=*strings.Reader
// 0 EOF
