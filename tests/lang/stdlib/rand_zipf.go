// Zipf draws are checked against the exact distribution (a chi-like
// bound per value), so the output does not depend on the generator.
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)
	for _, c := range []struct {
		s, v float64
		imax uint64
	}{{1.5, 2, 20}, {1.1, 1, 50}, {3, 5, 10}} {
		z := rand.NewZipf(r, c.s, c.v, c.imax)
		counts := make([]int, c.imax+1)
		n := 200000
		for i := 0; i < n; i++ {
			k := z.Uint64()
			if k > c.imax {
				fmt.Println("out of range", k)
				return
			}
			counts[k]++
		}
		tot := 0.0
		p := make([]float64, c.imax+1)
		for k := range p {
			p[k] = math.Pow(c.v+float64(k), -c.s)
			tot += p[k]
		}
		ok := true
		for k := range p {
			want := p[k] / tot * float64(n)
			d := float64(counts[k]) - want
			if d*d > 25*want+100 {
				ok = false
				fmt.Println(k, counts[k], want)
			}
		}
		fmt.Println("distribution ok:", ok)
	}
	z0 := rand.NewZipf(r, 3, 1, 0)
	fmt.Println(z0.Uint64(), z0.Uint64())
}

// Output:
// true true
// distribution ok: true
// distribution ok: true
// distribution ok: true
// 0 0
