//go:build go1.22

package main

// The layouts and the method that Go 1.20 added.

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.May, 6, 7, 8, 9, 0, time.UTC)
	fmt.Println(t.Format(time.DateTime))
	fmt.Println(t.Format(time.DateOnly))
	fmt.Println(t.Format(time.TimeOnly))
	p, err := time.Parse(time.DateTime, "2024-02-29 23:59:58")
	fmt.Println(p, err)
	fmt.Println(t.Compare(p), p.Compare(t), t.Compare(t))
}

// Output:
// 2023-05-06 07:08:09
// 2023-05-06
// 07:08:09
// 2024-02-29 23:59:58 +0000 UTC <nil>
// -1 1 0
