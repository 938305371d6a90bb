package main

// Env: TZ=

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local)
	t := time.Unix(1700000000, 0)
	fmt.Println(t, t.Location())
	fmt.Println(time.Date(2020, 1, 2, 3, 4, 5, 0, time.Local))
}

// Output:
// UTC
// 2023-11-14 22:13:20 +0000 UTC UTC
// 2020-01-02 03:04:05 +0000 UTC
