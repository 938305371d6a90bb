package main

// Env: TZ=:/usr/share/zoneinfo/Europe/Paris

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local)
	fmt.Println(time.Unix(1700000000, 0), time.Unix(1690000000, 0))
}

// Output:
// /usr/share/zoneinfo/Europe/Paris
// 2023-11-14 23:13:20 +0100 CET 2023-07-22 06:26:40 +0200 CEST
