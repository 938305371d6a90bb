// Package math: floating-point constants and functions. The functions are
// natives over the C library (stdlib/math/math.c), with Go's special-case
// results where C differs.
package math

const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862

	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078831848937064761766549963000784386710
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038

	Ln2    = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E  = 1 / Ln2
	Ln10   = 2.30258509299404568401799145468436420760110148862877297603332790
	Log10E = 1 / Ln10
)

const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23
	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)

const (
	intSize = 64

	MaxInt    = 1<<(intSize-1) - 1
	MinInt    = -1 << (intSize - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<intSize - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

func Sqrt(x float64) float64
func Pow(x, y float64) float64
func Abs(x float64) float64
func Floor(x float64) float64
func Ceil(x float64) float64
func Trunc(x float64) float64
func Round(x float64) float64
func RoundToEven(x float64) float64
func Mod(x, y float64) float64
func Remainder(x, y float64) float64
func Max(x, y float64) float64
func Min(x, y float64) float64
func Dim(x, y float64) float64
func Log(x float64) float64
func Log2(x float64) float64
func Log10(x float64) float64
func Log1p(x float64) float64
func Exp(x float64) float64
func Exp2(x float64) float64
func Expm1(x float64) float64
func Sin(x float64) float64
func Cos(x float64) float64
func Tan(x float64) float64
func Asin(x float64) float64
func Acos(x float64) float64
func Atan(x float64) float64
func Atan2(y, x float64) float64
func Sinh(x float64) float64
func Cosh(x float64) float64
func Tanh(x float64) float64
func Asinh(x float64) float64
func Acosh(x float64) float64
func Atanh(x float64) float64
func Hypot(p, q float64) float64
func Cbrt(x float64) float64
func Copysign(f, sign float64) float64
func Signbit(x float64) bool
func Float64bits(f float64) uint64
func Float64frombits(b uint64) float64
func Float32bits(f float32) uint32
func Float32frombits(b uint32) float32
func Inf(sign int) float64
func NaN() float64
func Nextafter(x, y float64) float64
func Nextafter32(x, y float32) float32
func FMA(x, y, z float64) float64
func Gamma(x float64) float64
func Lgamma(x float64) (lgamma float64, sign int)
func Erf(x float64) float64
func Erfc(x float64) float64

func IsNaN(f float64) (is bool) {
	return f != f
}

func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Modf returns integer and fractional parts that sum to f, both with f's
// sign.
func Modf(f float64) (int float64, frac float64) {
	if f < 1 {
		switch {
		case f < 0:
			int, frac = Modf(-f)
			return -int, -frac
		case f == 0:
			return f, f
		}
		return 0, f
	}
	int = Trunc(f)
	frac = f - int
	return
}

// Frexp breaks f into a normalized fraction in [1/2, 1) and a power of 2.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || IsInf(f, 0) || IsNaN(f) {
		return f, 0
	}
	exp = int(logb(f)) + 1
	frac = Ldexp(f, -exp)
	return
}

func logb(x float64) float64
func Ldexp(frac float64, exp int) float64

// Logb returns the binary exponent of x: Inf(-1) for 0, Inf(1) for
// infinities, NaN for NaN.
func Logb(x float64) float64 {
	return logb(x)
}

// Ilogb returns the binary exponent of x as an integer: MinInt32 for 0,
// MaxInt32 for infinities and NaN.
func Ilogb(x float64) int {
	if x == 0 {
		return MinInt32
	}
	if IsNaN(x) || IsInf(x, 0) {
		return MaxInt32
	}
	return int(logb(x))
}

// Sincos returns Sin(x), Cos(x); Go computes both with the same reduction
// and polynomials as Sin and Cos, so the results are theirs.
func Sincos(x float64) (sin, cos float64) {
	return Sin(x), Cos(x)
}

// Pow10 returns 10**n: the product (or quotient) of two exact table
// entries, one per 32 powers, as Go computes it; 0 below -323 and +Inf
// above 308.
func Pow10(n int) float64 {
	if 0 <= n && n <= 308 {
		return pow10big[uint(n)/32] * pow10small[uint(n)%32]
	}
	if -323 <= n && n <= 0 {
		return pow10negbig[uint(-n)/32] / pow10small[uint(-n)%32]
	}
	if n > 0 {
		return Inf(1)
	}
	return 0
}

var pow10small = [32]float64{
	1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
	1e30, 1e31,
}

var pow10big = [10]float64{
	1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
}

var pow10negbig = [11]float64{
	1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256,
	1e-288, 1e-320,
}

// Erfinv returns the inverse error function of x (Wichura's AS241
// rational approximations in three ranges, as Go computes it).
func Erfinv(x float64) float64 {
	if IsNaN(x) || x <= -1 || x >= 1 {
		if x == -1 || x == 1 {
			return Inf(int(x))
		}
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var ans float64
	if x <= 0.85 {
		r := 0.180625 - 0.25*x*x
		ans = (x * polyHigh(&erfinvA, r)) / polyHigh(&erfinvB, r)
	} else {
		r := Sqrt(Ln2 - Log(1.0-x))
		if r <= 5.0 {
			r -= 1.6
			ans = polyHigh(&erfinvC, r) / polyHigh(&erfinvD, r)
		} else {
			r -= 5.0
			ans = polyHigh(&erfinvE, r) / polyHigh(&erfinvF, r)
		}
	}
	if neg {
		return -ans
	}
	return ans
}

// Erfcinv returns the inverse of Erfc: Erfinv(1 - x).
func Erfcinv(x float64) float64 {
	return Erfinv(1 - x)
}

// polyHigh evaluates c[7]*r^7 + ... + c[0] by Horner's rule from the top.
func polyHigh(c *[8]float64, r float64) float64 {
	h := c[7]
	for i := 6; i >= 0; i-- {
		h = h*r + c[i]
	}
	return h
}

var erfinvA = [8]float64{1.1975323115670912564578e0, 4.7072688112383978012285e1, 6.9706266534389598238465e2, 4.8548868893843886794648e3, 1.6235862515167575384252e4, 2.3782041382114385731252e4, 1.1819493347062294404278e4, 8.8709406962545514830200e2}

var erfinvB = [8]float64{1.0000000000000000000e0, 4.2313330701600911252e1, 6.8718700749205790830e2, 5.3941960214247511077e3, 2.1213794301586595867e4, 3.9307895800092710610e4, 2.8729085735721942674e4, 5.2264952788528545610e3}

var erfinvC = [8]float64{1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0, 3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1, 2.27238449892691845833e-2, 7.74545014278341407640e-4}

var erfinvD = [8]float64{1.4142135623730950488016887e0, 2.9036514445419946173133295e0, 2.3707661626024532365971225e0, 9.7547832001787427186894837e-1, 2.0945065210512749128288442e-1, 2.1494160384252876777097297e-2, 7.7441459065157709165577218e-4, 1.4859850019840355905497876e-9}

var erfinvE = [8]float64{6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0, 2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3, 2.71155556874348757815e-5, 2.01033439929228813265e-7}

var erfinvF = [8]float64{1.414213562373095048801689e0, 8.482908416595164588112026e-1, 1.936480946950659106176712e-1, 2.103693768272068968719679e-2, 1.112800997078859844711555e-3, 2.611088405080593625138020e-5, 2.010321207683943062279931e-7, 2.891024605872965461538222e-15}
