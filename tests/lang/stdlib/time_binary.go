package main

// Env: TZ=Asia/Tokyo

import (
	"fmt"
	"time"
)

func main() {
	ny, _ := time.LoadLocation("America/New_York")
	for _, t := range []time.Time{
		time.Date(2009, 11, 10, 23, 4, 5, 123456789, time.UTC),
		time.Date(2009, 11, 10, 23, 4, 5, 123456789, ny),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.FixedZone("X", 3600+7)),
		time.Date(-5, 1, 1, 0, 0, 0, 1, time.FixedZone("Y", -3600-7)),
		time.Unix(1700000000, 999).In(time.FixedZone("", -60)),
		{},
	} {
		b, err := t.MarshalBinary()
		fmt.Println(b, err)
		var u time.Time
		err = u.UnmarshalBinary(b)
		fmt.Println(u, err, u.Equal(t))
		g, _ := t.GobEncode()
		fmt.Println(len(g))
	}
	var u time.Time
	fmt.Println(u.UnmarshalBinary(nil), u.UnmarshalBinary([]byte{3}), u.UnmarshalBinary([]byte{1, 2}))
}

// Output:
// [1 0 0 0 14 194 139 232 101 7 91 205 21 255 255] <nil>
// 2009-11-10 23:04:05.123456789 +0000 UTC <nil> true
// 15
// [1 0 0 0 14 194 140 46 181 7 91 205 21 254 212] <nil>
// 2009-11-10 23:04:05.123456789 -0500 -0500 <nil> true
// 15
// [2 255 255 255 255 255 255 241 233 0 0 0 0 0 60 7] <nil>
// 0001-01-01 00:00:00 +0100 +0100 <nil> true
// 16
// [2 255 255 255 255 244 182 54 23 0 0 0 1 255 196 249] <nil>
// -0005-01-01 00:04:16.000000001 -0055 -0055 <nil> true
// 16
// [] Time.MarshalBinary: unexpected zone offset
// 0001-01-01 00:00:00 +0000 UTC Time.UnmarshalBinary: no data false
// 0
// [1 0 0 0 0 0 0 0 0 0 0 0 0 255 255] <nil>
// 0001-01-01 00:00:00 +0000 UTC <nil> true
// 15
// Time.UnmarshalBinary: no data Time.UnmarshalBinary: unsupported version Time.UnmarshalBinary: invalid length
