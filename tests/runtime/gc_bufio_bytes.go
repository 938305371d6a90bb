package main

// Byte slices and strings produced by bufio survive: Scanner.Bytes
// copied out, Scanner.Text strings, Reader.ReadBytes and ReadString
// results and a bufio.Writer's flushed output, while the readers'
// internal buffers are reused and garbage is collected.

import (
	"bufio"
	"bytes"
	"fmt"
	"runtime"
	"strings"
)

func input() string {
	var b strings.Builder
	for i := 0; i < 400; i++ {
		fmt.Fprintf(&b, "record %d %s\n", i, strings.Repeat("z", i%23))
	}
	return b.String()
}

func main() {
	text := input()
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 16), 1024)
	var copies [][]byte
	var texts []string
	for n := 0; sc.Scan(); n++ {
		copies = append(copies, append([]byte(nil), sc.Bytes()...))
		texts = append(texts, sc.Text())
		if n%100 == 0 {
			runtime.GC()
		}
	}
	rd := bufio.NewReaderSize(strings.NewReader(text), 32)
	var lines [][]byte
	var strs []string
	for i := 0; ; i++ {
		var err error
		if i%2 == 0 {
			var l []byte
			l, err = rd.ReadBytes('\n')
			if len(l) > 0 {
				lines = append(lines, l)
			}
		} else {
			var s string
			s, err = rd.ReadString('\n')
			if len(s) > 0 {
				strs = append(strs, s)
			}
		}
		if err != nil {
			break
		}
	}
	var out bytes.Buffer
	w := bufio.NewWriterSize(&out, 64)
	for i := 0; i < 300; i++ {
		fmt.Fprintf(w, "%03d|", i)
	}
	w.Flush()

	for r := 0; r < 4; r++ {
		var junk [][]byte
		for i := 0; i < 3000; i++ {
			junk = append(junk, bytes.Repeat([]byte{'q'}, i%64))
			if len(junk) > 20 {
				junk = nil
			}
		}
		runtime.GC()
	}

	total := 0
	for _, c := range copies {
		total += len(c) + int(c[len(c)-1])
	}
	for _, t := range texts {
		total += len(t)
	}
	fmt.Println("scanner", len(copies), len(texts), total, string(copies[399]))
	total = 0
	for _, l := range lines {
		total += len(l)
	}
	for _, s := range strs {
		total += len(s)
	}
	fmt.Println("reader", len(lines), len(strs), total, strings.TrimSpace(strs[len(strs)-1]))
	fmt.Println("writer", out.Len(), out.String()[out.Len()-8:])
}

// Output:
// scanner 400 400 64434 record 399 zzzzzzzz
// reader 200 200 9027 record 399 zzzzzzzz
// writer 1200 298|299|
