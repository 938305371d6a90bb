// strconv: integer and float round trips through strings.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	isum := 0
	fsum := 0.0
	slen := 0
	for i := 0; i < 1000000; i++ {
		s := strconv.Itoa(i * 7919)
		n, _ := strconv.Atoi(s)
		isum += n % 1000
		f := strconv.FormatFloat(float64(i)/7, 'g', -1, 64)
		x, _ := strconv.ParseFloat(f, 64)
		fsum += x
		slen += len(s)
	}
	fmt.Printf("%d %d %.6f\n", isum, slen, fsum)
}
