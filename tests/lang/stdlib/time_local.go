package main

// Env: TZ=Asia/Tokyo

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local.String()) // loads the zone outside fmt's nested call
	t := time.Unix(1700000000, 5)
	fmt.Println(t, t.Location())
	fmt.Println(t.UTC(), t.Local())
	fmt.Println(time.Date(2020, 1, 2, 3, 4, 5, 0, time.Local))
	fmt.Printf("%#v\n", t)
	p, err := time.Parse("2006-01-02 15:04 MST", "2021-06-01 10:00 JST")
	fmt.Println(p, p.Location(), err)
	p, err = time.Parse("2006-01-02 15:04 -0700", "2021-06-01 10:00 +0900")
	fmt.Println(p, p.Location(), err)
	p, err = time.Parse("2006-01-02 15:04 -0700", "2021-06-01 10:00 +0800")
	fmt.Println(p, p.Location(), err)
	p, err = time.Parse("2006-01-02 15:04", "2021-06-01 10:00")
	fmt.Println(p, p.Location(), err)
	fmt.Println(time.Now().Location(), time.Now().Round(0).Location())
	fmt.Println(time.Now().Sub(time.Now()) <= 0)
	l, _ := time.LoadLocation("Local")
	fmt.Println(l == time.Local)
}

// Output:
// Asia/Tokyo
// 2023-11-15 07:13:20.000000005 +0900 JST Asia/Tokyo
// 2023-11-14 22:13:20.000000005 +0000 UTC 2023-11-15 07:13:20.000000005 +0900 JST
// 2020-01-02 03:04:05 +0900 JST
// time.Date(2023, time.November, 15, 7, 13, 20, 5, time.Local)
// 2021-06-01 10:00:00 +0900 JST Asia/Tokyo <nil>
// 2021-06-01 10:00:00 +0900 JST Asia/Tokyo <nil>
// 2021-06-01 10:00:00 +0800 +0800  <nil>
// 2021-06-01 10:00:00 +0000 UTC UTC <nil>
// Asia/Tokyo Asia/Tokyo
// true
// true
