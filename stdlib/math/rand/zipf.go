// zipf.go - Zipf-distributed integers by rejection-inversion (Hörmann and
// Derflinger, "Rejection-inversion to generate variates from monotone
// discrete distributions", 1996): k in [0, imax] with P(k) proportional to
// (v+k)^-s. H is the integral of the hat function (v+x)^-s and hInv its
// inverse; a uniform point in H's range is mapped back through hInv and
// rounded to k, which is accepted at once when it lies in the region where
// the hat is tight (k-x <= cut), else by comparing with the hat's mass.
package rand

import "math"

// A Zipf generates Zipf-distributed values.
type Zipf struct {
	r       *Rand
	imax    float64
	v       float64
	s       float64 // the exponent
	oneMinS float64 // 1 - s
	inv     float64 // 1 / (1 - s)
	hImax   float64 // H(imax + 0.5)
	hRange  float64 // H(0.5) - v^-s - H(imax + 0.5)
	cut     float64 // immediate-acceptance bound
}

func (z *Zipf) h(x float64) float64 {
	return math.Exp(z.oneMinS*math.Log(z.v+x)) * z.inv
}

func (z *Zipf) hInv(x float64) float64 {
	return math.Exp(z.inv*math.Log(z.oneMinS*x)) - z.v
}

// NewZipf returns a generator of values in [0, imax] with P(k)
// proportional to (v+k)^-s; it needs s > 1 and v >= 1 (else nil).
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	if s <= 1.0 || v < 1 {
		return nil
	}
	z := &Zipf{r: r, imax: float64(imax), v: v, s: s}
	z.oneMinS = 1.0 - s
	z.inv = 1.0 / z.oneMinS
	z.hImax = z.h(z.imax + 0.5)
	z.hRange = z.h(0.5) - math.Exp(math.Log(v)*(-s)) - z.hImax
	z.cut = 1 - z.hInv(z.h(1.5)-math.Exp(-s*math.Log(v+1.0)))
	return z
}

// Uint64 returns a value drawn from the distribution.
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	k := 0.0
	for {
		u := z.hImax + z.r.Float64()*z.hRange
		x := z.hInv(u)
		k = math.Floor(x + 0.5)
		if k-x <= z.cut {
			break
		}
		if u >= z.h(k+0.5)-math.Exp(-math.Log(k+z.v)*z.s) {
			break
		}
	}
	return uint64(k)
}
