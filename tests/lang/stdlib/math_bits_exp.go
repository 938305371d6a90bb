// math's exponential, logarithmic, hyperbolic and root functions agree
// with Go bit for bit (Go's own algorithms, including amd64's assembly
// Exp, Log and Hypot): many inputs per function, summarised as a checksum
// of the result bits plus the first differing input, if any, and a few
// printed samples.
package main

import (
	"fmt"
	"math"
)

type rng uint64

func (r *rng) next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 7
	*r ^= *r << 17
	return uint64(*r)
}

// uniform in [lo, hi)
func (r *rng) in(lo, hi float64) float64 {
	return lo + (hi-lo)*float64(r.next()>>11)/(1<<53)
}

func check(name string, f func(float64) float64, xs []float64) {
	h := uint64(14695981039346656037)
	for _, x := range xs {
		h ^= math.Float64bits(f(x))
		h *= 1099511628211
	}
	fmt.Printf("%-6s %20d", name, h)
	for _, i := range []int{0, len(xs) / 3, len(xs) - 1} {
		fmt.Printf(" %v", f(xs[i]))
	}
	fmt.Println()
}

func main() {
	r := rng(2463534242)
	specials := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 2, 10, -10,
		math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, 2.2250738585072014e-308,
		1e-300, 1e300, 709.78, 709.79, -745.1, -745.2, -708.4, 1e-20, 0.3466, 1.0397}
	gen := func(n int, lo, hi float64) []float64 {
		xs := append([]float64(nil), specials...)
		for i := 0; i < n; i++ {
			xs = append(xs, r.in(lo, hi))
		}
		return xs
	}
	wide := func(n int) []float64 {
		xs := append([]float64(nil), specials...)
		for i := 0; i < n; i++ {
			b := r.next()
			if f := math.Float64frombits(b); !math.IsNaN(f) {
				xs = append(xs, f)
			}
		}
		return xs
	}
	check("Exp", math.Exp, gen(20000, -750, 750))
	check("Exp", math.Exp, gen(20000, -2, 2))
	check("Exp2", math.Exp2, gen(20000, -1080, 1030))
	check("Expm1", math.Expm1, gen(20000, -40, 710))
	check("Expm1", math.Expm1, gen(20000, -1.5, 1.5))
	check("Log", math.Log, wide(20000))
	check("Log", math.Log, gen(20000, 0, 3))
	check("Log2", math.Log2, wide(20000))
	check("Log10", math.Log10, wide(20000))
	check("Log1p", math.Log1p, gen(20000, -1, 3))
	check("Log1p", math.Log1p, wide(20000))
	check("Sinh", math.Sinh, gen(20000, -30, 30))
	check("Cosh", math.Cosh, gen(20000, -30, 30))
	check("Tanh", math.Tanh, gen(20000, -50, 50))
	check("Tanh", math.Tanh, gen(20000, -1, 1))
	check("Asinh", math.Asinh, gen(20000, -10, 10))
	check("Asinh", math.Asinh, wide(20000))
	check("Acosh", math.Acosh, gen(20000, 1, 10))
	check("Acosh", math.Acosh, wide(20000))
	check("Atanh", math.Atanh, gen(20000, -1, 1))
	check("Cbrt", math.Cbrt, gen(20000, -1000, 1000))
	check("Cbrt", math.Cbrt, wide(20000))
	check("Sqrt", math.Sqrt, wide(20000))
	hy := func(x float64) float64 { return math.Hypot(x, x*0.7-3) }
	check("Hypot", hy, gen(20000, -100, 100))
	pw := func(x float64) float64 { return math.Pow(x, 2.5-x/40) }
	check("Pow", pw, gen(20000, 0, 200))
	pw2 := func(x float64) float64 { return math.Pow(1.0001+x/1e6, x) }
	check("Pow", pw2, gen(20000, -3000, 3000))
	pw3 := func(x float64) float64 { return math.Pow(-x, 3) }
	check("Pow", pw3, gen(20000, -100, 100))
	for _, x := range []float64{1, 0.5, 2, 3.7, -1.25, 100} {
		fmt.Println(math.Exp(x), math.Log(x), math.Sinh(x), math.Tanh(x), math.Expm1(x), math.Log1p(x), math.Cbrt(x), math.Pow(x, 1.7))
	}
}

// Output:
// Exp     4293475560707159933 1 5.7914872968972846e+203 8.063347882525816e-188
// Exp     4037122534060205583 1 6.102457788295661 1.0841528421572821
// Exp2   12771552304594060667 1 3.3729712735967034e+29 3.3130476235294384e+232
// Expm1   3125707069055573085 0 9.810659753764187e+296 9.595405609683535e+17
// Expm1   7136486480242363592 0 -0.17133638462475106 -0.5674602759464497
// Log    11789392957221677428 -Inf NaN 572.6565621293306
// Log    10024077627049659004 -Inf 0.9779703252309773 1.0932845232998623
// Log2     605348776750304714 -Inf NaN 890.3154533566817
// Log10  10100401145873816252 -Inf NaN 158.90328912073724
// Log1p   5523779954194240988 0 1.187112480917928 0.9214398412201892
// Log1p   3372839239852124695 0 2.1159462274136366e-128 243.84353863257064
// Sinh   16097736826984138321 0 1.30080762445798 2.4822837534241635e+11
// Cosh    9629350509921614630 1 2.2467372857376094e+09 1.5868144610834167
// Tanh   15995373402847473363 0 -0.9999999999999927 1
// Tanh   17648976246693546055 0 -0.47404540251016447 -0.7148860970229767
// Asinh   4271078300431056896 0 -2.243699266284949 1.6286800074863121
// Asinh  13282095172949734333 0 3.5726415626346577e-265 -9.409111511281403e-163
// Acosh   3175858841900585962 NaN 2.9684402080878156 2.5439221994512367
// Acosh  17929251319483671582 NaN NaN NaN
// Atanh  15725907689121717912 0 1.0744834137696486 0.4754137693832623
// Cbrt    8368257535806463155 0 -7.894548831383536 -9.636476338476298
// Cbrt    2204385141702260515 0 1.1027289674938377e-97 7.955686403388285e-37
// Sqrt   16739986428251958305 0 NaN 9.986480918047233e-60
// Hypot   4432007971004677521 3 8.339010595237868 118.42622751640066
// Pow    14406872432596997663 0 0.002431685364611894 0.007387011603537754
// Pow    10645393101087813909 1 1.7201857343872922 113.34608031916999
// Pow     1668161138148890298 -0 58651.024248539754 -251543.7621328376
// 2.718281828459045 0 1.1752011936438014 0.7615941559557649 1.718281828459045 0.6931471805599453 1 1
// 1.6487212707001282 -0.6931471805599453 0.5210953054937474 0.46211715726000974 0.6487212707001282 0.4054651081081644 0.7937005259840997 0.3077861033362291
// 7.38905609893065 0.6931471805599453 3.626860407847019 0.9640275800758169 6.38905609893065 1.0986122886681096 1.2599210498948732 3.249009585424942
// 40.4473043600674 1.308332819650179 20.21129041679853 0.9987782412811312 39.4473043600674 1.547562508716013 1.5466803737720356 9.245766706385155
// 0.2865047968601901 NaN -1.6019190803008256 -0.8482836399575129 -0.7134952031398099 NaN -1.077217345015942 NaN
// 2.6881171418161356e+43 4.605170185988092 1.3440585709080678e+43 1 2.6881171418161356e+43 4.61512051684126 4.641588833612778 2511.88643150958
