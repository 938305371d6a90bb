// Bessel functions of the first and second kinds (J0, J1, Jn, Y0, Y1, Yn),
// with the algorithms Go uses (fdlibm's e_j0.c, e_j1.c, e_jn.c), so that
// results agree bit for bit:
//
//   - |x| < 2: rational approximations in x*x (J0, J1), plus the
//     logarithmic term (2/pi)*J(x)*log(x) for Y0, Y1;
//   - |x| >= 2: the asymptotic form sqrt(2/(pi*x)) * (P cos(t) - Q sin(t))
//     with P, Q rational in 1/x^2 on four ranges of x (the tables below),
//     cos(t) and sin(t) computed from sin(x) +- cos(x) with the identity
//     (sin x + cos x)(sin x - cos x) = -cos 2x to avoid cancellation;
//   - Jn: forward recurrence from J0, J1 when n <= x, otherwise a continued
//     fraction for J(n)/J(n-1) and a backward recurrence normalised by J0;
//     Yn: forward recurrence from Y0, Y1 (stable for Y).
//
// Tagless switches on float comparisons are avoided here (if chains only).
package math

// asymptotic returns sqrt(2/(pi*x)) * (p*a - q*b), dropping p and q when
// x is so large that they are 1 and 0.
func besselAsymptotic(x, a, b float64, p, q func(float64) float64) float64 {
	if x > 1<<129 {
		return (1 / SqrtPi) * a / Sqrt(x)
	}
	return (1 / SqrtPi) * (p(x)*a - q(x)*b) / Sqrt(x)
}

// besselPhase0 returns (s - c, s + c) for order 0 with the cancelling one
// of them recomputed through -cos(2x).
func besselPhase0(x float64) (ss, cc float64) {
	s, c := Sincos(x)
	ss, cc = s-c, s+c
	if x < MaxFloat64/2 {
		z := -Cos(x + x)
		if s*c < 0 {
			cc = z / ss
		} else {
			ss = z / cc
		}
	}
	return ss, cc
}

// besselPhase1 is besselPhase0 for order 1: (-s - c, s - c).
func besselPhase1(x float64) (ss, cc float64) {
	s, c := Sincos(x)
	ss, cc = -s-c, s-c
	if x < MaxFloat64/2 {
		z := Cos(x + x)
		if s*c > 0 {
			cc = z / ss
		} else {
			ss = z / cc
		}
	}
	return ss, cc
}

// besselRange picks the table index for x >= 2: 0 for x >= 8, 1 for
// x >= 4.5454, 2 for x >= 2.8571, else 3.
func besselRange(x float64) int {
	if x >= 8 {
		return 0
	}
	if x >= 4.5454 {
		return 1
	}
	if x >= 2.8571 {
		return 2
	}
	return 3
}

// ratio evaluates p[0] + z*(p[1] + ... + z*p[5]) over
// 1 + z*(q[0] + ... + z*q[len(q)-1]).
func besselRatio(p *[6]float64, q []float64, z float64) float64 {
	r := p[5]
	for i := 4; i >= 0; i-- {
		r = p[i] + z*r
	}
	s := q[len(q)-1]
	for i := len(q) - 2; i >= 0; i-- {
		s = q[i] + z*s
	}
	return r / (1 + z*s)
}

func besselP0(x float64) float64 {
	z := 1 / (x * x)
	switch besselRange(x) {
	case 0:
		return 1 + besselRatio(&besselP0R8, besselP0S8[:], z)
	case 1:
		return 1 + besselRatio(&besselP0R5, besselP0S5[:], z)
	case 2:
		return 1 + besselRatio(&besselP0R3, besselP0S3[:], z)
	}
	return 1 + besselRatio(&besselP0R2, besselP0S2[:], z)
}

func besselQ0(x float64) float64 {
	z := 1 / (x * x)
	var r float64
	switch besselRange(x) {
	case 0:
		r = besselRatio(&besselQ0R8, besselQ0S8[:], z)
	case 1:
		r = besselRatio(&besselQ0R5, besselQ0S5[:], z)
	case 2:
		r = besselRatio(&besselQ0R3, besselQ0S3[:], z)
	default:
		r = besselRatio(&besselQ0R2, besselQ0S2[:], z)
	}
	return (-0.125 + r) / x
}

func besselP1(x float64) float64 {
	z := 1 / (x * x)
	switch besselRange(x) {
	case 0:
		return 1 + besselRatio(&besselP1R8, besselP1S8[:], z)
	case 1:
		return 1 + besselRatio(&besselP1R5, besselP1S5[:], z)
	case 2:
		return 1 + besselRatio(&besselP1R3, besselP1S3[:], z)
	}
	return 1 + besselRatio(&besselP1R2, besselP1S2[:], z)
}

func besselQ1(x float64) float64 {
	z := 1 / (x * x)
	var r float64
	switch besselRange(x) {
	case 0:
		r = besselRatio(&besselQ1R8, besselQ1S8[:], z)
	case 1:
		r = besselRatio(&besselQ1R5, besselQ1S5[:], z)
	case 2:
		r = besselRatio(&besselQ1R3, besselQ1S3[:], z)
	default:
		r = besselRatio(&besselQ1R2, besselQ1S2[:], z)
	}
	return (0.375 + r) / x
}

// J0 returns the order-zero Bessel function of the first kind.
func J0(x float64) float64 {
	if IsNaN(x) {
		return x
	}
	if IsInf(x, 0) {
		return 0
	}
	if x == 0 {
		return 1
	}
	x = Abs(x)
	if x >= 2 {
		ss, cc := besselPhase0(x)
		return besselAsymptotic(x, cc, ss, besselP0, besselQ0)
	}
	if x < 1.0/(1<<13) {
		if x < 1.0/(1<<27) {
			return 1
		}
		return 1 - 0.25*x*x
	}
	z := x * x
	r := z * (1.56249999999999947958e-02 + z*(-1.89979294238854721751e-04+z*(1.82954049532700665670e-06+z*-4.61832688532103189199e-09)))
	s := 1 + z*(1.56191029464890010492e-02+z*(1.16926784663337450260e-04+z*(5.13546550207318111446e-07+z*1.16614003333790000205e-09)))
	if x < 1 {
		return 1 + z*(-0.25+(r/s))
	}
	u := 0.5 * x
	return (1+u)*(1-u) + z*(r/s)
}

// Y0 returns the order-zero Bessel function of the second kind.
func Y0(x float64) float64 {
	const u00 = -7.38042951086872317523e-02
	if x < 0 || IsNaN(x) {
		return NaN()
	}
	if IsInf(x, 1) {
		return 0
	}
	if x == 0 {
		return Inf(-1)
	}
	if x >= 2 {
		ss, cc := besselPhase0(x)
		// Y0 = sqrt(2/(pi x)) (P ss + Q cc): the same shape with b = -cc
		return besselAsymptotic(x, ss, -cc, besselP0, besselQ0)
	}
	if x <= 1.0/(1<<27) {
		return u00 + (2/Pi)*Log(x)
	}
	z := x * x
	u := u00 + z*(1.76666452509181115538e-01+z*(-1.38185671945596898896e-02+z*(3.47453432093683650238e-04+z*(-3.81407053724364161125e-06+z*(1.95590137035022920206e-08+z*-3.98205194132103398453e-11)))))
	v := 1 + z*(1.27304834834123699328e-02+z*(7.60068627350353253702e-05+z*(2.59150851840457805467e-07+z*4.41110311332675467403e-10)))
	return u/v + (2/Pi)*J0(x)*Log(x)
}

// J1 returns the order-one Bessel function of the first kind.
func J1(x float64) float64 {
	if IsNaN(x) {
		return x
	}
	if IsInf(x, 0) || x == 0 {
		return 0
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var z float64
	if x >= 2 {
		ss, cc := besselPhase1(x)
		z = besselAsymptotic(x, cc, ss, besselP1, besselQ1)
	} else if x < 1.0/(1<<27) {
		return 0.5 * x // Go returns this unsigned, also for negative x
	} else {
		z = x * x
		r := z * (-6.25000000000000000000e-02 + z*(1.40705666955189706048e-03+z*(-1.59955631084035597520e-05+z*4.96727999609584448412e-08)))
		s := 1.0 + z*(1.91537599538363460805e-02+z*(1.85946785588630915560e-04+z*(1.17718464042623683263e-06+z*(5.04636257076217042715e-09+z*1.23542274426137913908e-11))))
		r *= x
		z = 0.5*x + r/s
	}
	if neg {
		return -z
	}
	return z
}

// Y1 returns the order-one Bessel function of the second kind.
func Y1(x float64) float64 {
	if x < 0 || IsNaN(x) {
		return NaN()
	}
	if IsInf(x, 1) {
		return 0
	}
	if x == 0 {
		return Inf(-1)
	}
	if x >= 2 {
		ss, cc := besselPhase1(x)
		return besselAsymptotic(x, ss, -cc, besselP1, besselQ1)
	}
	if x <= 1.0/(1<<54) {
		return -(2 / Pi) / x
	}
	z := x * x
	u := -1.96057090646238940668e-01 + z*(5.04438716639811282616e-02+z*(-1.91256895875763547298e-03+z*(2.35252600561610495928e-05+z*-9.19099158039878874504e-08)))
	v := 1 + z*(1.99167318236649903973e-02+z*(2.02552581025135171496e-04+z*(1.35608801097516229404e-06+z*(6.22741452364621501295e-09+z*1.66559246207992079114e-11))))
	return x*(u/v) + (2/Pi)*(J1(x)*Log(x)-1/x)
}

// Jn returns the order-n Bessel function of the first kind.
func Jn(n int, x float64) float64 {
	if IsNaN(x) {
		return x
	}
	if IsInf(x, 0) {
		return 0
	}
	if n == 0 {
		return J0(x)
	}
	if x == 0 {
		return 0
	}
	if n < 0 {
		n, x = -n, -x
	}
	if n == 1 {
		return J1(x)
	}
	neg := false
	if x < 0 {
		x = -x
		neg = n&1 == 1
	}
	var b float64
	if float64(n) <= x {
		if x >= 1<<302 {
			s, c := Sincos(x)
			b = (1 / SqrtPi) * besselLargeJ(n&3, s, c) / Sqrt(x)
		} else {
			// forward recurrence J(i+1) = (2i/x) J(i) - J(i-1)
			a := J0(x)
			b = J1(x)
			for i := 1; i < n; i++ {
				a, b = b, b*(float64(i+i)/x)-a
			}
		}
	} else if x < 1.0/(1<<29) {
		// leading term of the series: (x/2)^n / n!
		if n > 33 {
			b = 0
		} else {
			half := x * 0.5
			b = half
			fact := 1.0
			for i := 2; i <= n; i++ {
				fact *= float64(i)
				b *= half
			}
			b /= fact
		}
	} else {
		b = besselJnBackward(n, x)
	}
	if neg {
		return -b
	}
	return b
}

// besselLargeJ is the phase term of Jn for huge x: cos(x - (2n+1)pi/4)
// times sqrt(2) in terms of s = sin x, c = cos x.
func besselLargeJ(n3 int, s, c float64) float64 {
	switch n3 {
	case 0:
		return c + s
	case 1:
		return -c + s
	case 2:
		return -c - s
	}
	return c - s
}

// besselJnBackward computes Jn(x) for n > x: the number of terms k from
// the convergents of the continued fraction, the ratio J(n)/J(n-1) from
// it, then a backward recurrence down to J0, rescaled when it would
// overflow, normalised by the true J0.
func besselJnBackward(n int, x float64) float64 {
	w := float64(n+n) / x
	h := 2 / x
	q0 := w
	z := w + h
	q1 := w*z - 1
	k := 1
	for q1 < 1e9 {
		k++
		z += h
		q0, q1 = q1, z*q1-q0
	}
	t := 0.0
	for i := 2 * (n + k); i >= n+n; i -= 2 {
		t = 1 / (float64(i)/x - t)
	}
	a := t
	b := 1.0
	nf := float64(n)
	v := 2 / x
	nf = nf * Log(Abs(v*nf))
	if nf < 7.09782712893383973096e+02 {
		for i := n - 1; i > 0; i-- {
			di := float64(i + i)
			a, b = b, b*di/x-a
		}
	} else {
		for i := n - 1; i > 0; i-- {
			di := float64(i + i)
			a, b = b, b*di/x-a
			if b > 1e100 {
				a /= b
				t /= b
				b = 1
			}
		}
	}
	return t * J0(x) / b
}

// Yn returns the order-n Bessel function of the second kind.
func Yn(n int, x float64) float64 {
	if x < 0 || IsNaN(x) {
		return NaN()
	}
	if IsInf(x, 1) {
		return 0
	}
	if n == 0 {
		return Y0(x)
	}
	if x == 0 {
		if n < 0 && n&1 == 1 {
			return Inf(1)
		}
		return Inf(-1)
	}
	neg := false
	if n < 0 {
		n = -n
		neg = n&1 == 1
	}
	if n == 1 {
		if neg {
			return -Y1(x)
		}
		return Y1(x)
	}
	var b float64
	if x >= 1<<302 {
		s, c := Sincos(x)
		var t float64
		switch n & 3 {
		case 0:
			t = s - c
		case 1:
			t = -s - c
		case 2:
			t = -s + c
		default:
			t = s + c
		}
		b = (1 / SqrtPi) * t / Sqrt(x)
	} else {
		// forward recurrence, stopping once it reaches -Inf
		a := Y0(x)
		b = Y1(x)
		for i := 1; i < n && !IsInf(b, -1); i++ {
			a, b = b, (float64(i+i)/x)*b-a
		}
	}
	if neg {
		return -b
	}
	return b
}

// The P and Q tables for x >= 8, >= 4.5454, >= 2.8571 and >= 2 (fdlibm's
// pR8/pS8 ... qR2/qS2 for orders 0 and 1).

var besselP0R8 = [6]float64{
	0.00000000000000000000e+00,
	-7.03124999999900357484e-02,
	-8.08167041275349795626e+00,
	-2.57063105679704847262e+02,
	-2.48521641009428822144e+03,
	-5.25304380490729545272e+03,
}

var besselP0S8 = [5]float64{
	1.16534364619668181717e+02,
	3.83374475364121826715e+03,
	4.05978572648472545552e+04,
	1.16752972564375915681e+05,
	4.76277284146730962675e+04,
}

var besselP0R5 = [6]float64{
	-1.14125464691894502584e-11,
	-7.03124940873599280078e-02,
	-4.15961064470587782438e+00,
	-6.76747652265167261021e+01,
	-3.31231299649172967747e+02,
	-3.46433388365604912451e+02,
}

var besselP0S5 = [5]float64{
	6.07539382692300335975e+01,
	1.05125230595704579173e+03,
	5.97897094333855784498e+03,
	9.62544514357774460223e+03,
	2.40605815922939109441e+03,
}

var besselP0R3 = [6]float64{
	-2.54704601771951915620e-09,
	-7.03119616381481654654e-02,
	-2.40903221549529611423e+00,
	-2.19659774734883086467e+01,
	-5.80791704701737572236e+01,
	-3.14479470594888503854e+01,
}

var besselP0S3 = [5]float64{
	3.58560338055209726349e+01,
	3.61513983050303863820e+02,
	1.19360783792111533330e+03,
	1.12799679856907414432e+03,
	1.73580930813335754692e+02,
}

var besselP0R2 = [6]float64{
	-8.87534333032526411254e-08,
	-7.03030995483624743247e-02,
	-1.45073846780952986357e+00,
	-7.63569613823527770791e+00,
	-1.11931668860356747786e+01,
	-3.23364579351335335033e+00,
}

var besselP0S2 = [5]float64{
	2.22202997532088808441e+01,
	1.36206794218215208048e+02,
	2.70470278658083486789e+02,
	1.53875394208320329881e+02,
	1.46576176948256193810e+01,
}

var besselQ0R8 = [6]float64{
	0.00000000000000000000e+00,
	7.32421874999935051953e-02,
	1.17682064682252693899e+01,
	5.57673380256401856059e+02,
	8.85919720756468632317e+03,
	3.70146267776887834771e+04,
}

var besselQ0S8 = [6]float64{
	1.63776026895689824414e+02,
	8.09834494656449805916e+03,
	1.42538291419120476348e+05,
	8.03309257119514397345e+05,
	8.40501579819060512818e+05,
	-3.43899293537866615225e+05,
}

var besselQ0R5 = [6]float64{
	1.84085963594515531381e-11,
	7.32421766612684765896e-02,
	5.83563508962056953777e+00,
	1.35111577286449829671e+02,
	1.02724376596164097464e+03,
	1.98997785864605384631e+03,
}

var besselQ0S5 = [6]float64{
	8.27766102236537761883e+01,
	2.07781416421392987104e+03,
	1.88472887785718085070e+04,
	5.67511122894947329769e+04,
	3.59767538425114471465e+04,
	-5.35434275601944773371e+03,
}

var besselQ0R3 = [6]float64{
	4.37741014089738620906e-09,
	7.32411180042911447163e-02,
	3.34423137516170720929e+00,
	4.26218440745412650017e+01,
	1.70808091340565596283e+02,
	1.66733948696651168575e+02,
}

var besselQ0S3 = [6]float64{
	4.87588729724587182091e+01,
	7.09689221056606015736e+02,
	3.70414822620111362994e+03,
	6.46042516752568917582e+03,
	2.51633368920368957333e+03,
	-1.49247451836156386662e+02,
}

var besselQ0R2 = [6]float64{
	1.50444444886983272379e-07,
	7.32234265963079278272e-02,
	1.99819174093815998816e+00,
	1.44956029347885735348e+01,
	3.16662317504781540833e+01,
	1.62527075710929267416e+01,
}

var besselQ0S2 = [6]float64{
	3.03655848355219184498e+01,
	2.69348118608049844624e+02,
	8.44783757595320139444e+02,
	8.82935845112488550512e+02,
	2.12666388511798828631e+02,
	-5.31095493882666946917e+00,
}

var besselP1R8 = [6]float64{
	0.00000000000000000000e+00,
	1.17187499999988647970e-01,
	1.32394806593073575129e+01,
	4.12051854307378562225e+02,
	3.87474538913960532227e+03,
	7.91447954031891731574e+03,
}

var besselP1S8 = [5]float64{
	1.14207370375678408436e+02,
	3.65093083420853463394e+03,
	3.69562060269033463555e+04,
	9.76027935934950801311e+04,
	3.08042720627888811578e+04,
}

var besselP1R5 = [6]float64{
	1.31990519556243522749e-11,
	1.17187493190614097638e-01,
	6.80275127868432871736e+00,
	1.08308182990189109773e+02,
	5.17636139533199752805e+02,
	5.28715201363337541807e+02,
}

var besselP1S5 = [5]float64{
	5.92805987221131331921e+01,
	9.91401418733614377743e+02,
	5.35326695291487976647e+03,
	7.84469031749551231769e+03,
	1.50404688810361062679e+03,
}

var besselP1R3 = [6]float64{
	3.02503916137373618024e-09,
	1.17186865567253592491e-01,
	3.93297750033315640650e+00,
	3.51194035591636932736e+01,
	9.10550110750781271918e+01,
	4.85590685197364919645e+01,
}

var besselP1S3 = [5]float64{
	3.47913095001251519989e+01,
	3.36762458747825746741e+02,
	1.04687139975775130551e+03,
	8.90811346398256432622e+02,
	1.03787932439639277504e+02,
}

var besselP1R2 = [6]float64{
	1.07710830106873743082e-07,
	1.17176219462683348094e-01,
	2.36851496667608785174e+00,
	1.22426109148261232917e+01,
	1.76939711271687727390e+01,
	5.07352312588818499250e+00,
}

var besselP1S2 = [5]float64{
	2.14364859363821409488e+01,
	1.25290227168402751090e+02,
	2.32276469057162813669e+02,
	1.17679373287147100768e+02,
	8.36463893371618283368e+00,
}

var besselQ1R8 = [6]float64{
	0.00000000000000000000e+00,
	-1.02539062499992714161e-01,
	-1.62717534544589987888e+01,
	-7.59601722513950107896e+02,
	-1.18498066702429587167e+04,
	-4.84385124285750353010e+04,
}

var besselQ1S8 = [6]float64{
	1.61395369700722909556e+02,
	7.82538599923348465381e+03,
	1.33875336287249578163e+05,
	7.19657723683240939863e+05,
	6.66601232617776375264e+05,
	-2.94490264303834643215e+05,
}

var besselQ1R5 = [6]float64{
	-2.08979931141764104297e-11,
	-1.02539050241375426231e-01,
	-8.05644828123936029840e+00,
	-1.83669607474888380239e+02,
	-1.37319376065508163265e+03,
	-2.61244440453215656817e+03,
}

var besselQ1S5 = [6]float64{
	8.12765501384335777857e+01,
	1.99179873460485964642e+03,
	1.74684851924908907677e+04,
	4.98514270910352279316e+04,
	2.79480751638918118260e+04,
	-4.71918354795128470869e+03,
}

var besselQ1R3 = [6]float64{
	-5.07831226461766561369e-09,
	-1.02537829820837089745e-01,
	-4.61011581139473403113e+00,
	-5.78472216562783643212e+01,
	-2.28244540737631695038e+02,
	-2.19210128478909325622e+02,
}

var besselQ1S3 = [6]float64{
	4.76651550323729509273e+01,
	6.73865112676699709482e+02,
	3.38015286679526343505e+03,
	5.54772909720722782367e+03,
	1.90311919338810798763e+03,
	-1.35201191444307340817e+02,
}

var besselQ1R2 = [6]float64{
	-1.78381727510958865572e-07,
	-1.02517042607985553460e-01,
	-2.75220568278187460720e+00,
	-1.96636162643703720221e+01,
	-4.23253133372830490089e+01,
	-2.13719211703704061733e+01,
}

var besselQ1S2 = [6]float64{
	2.95333629060523854548e+01,
	2.52981549982190529136e+02,
	7.57502834868645436472e+02,
	7.39393205320467245656e+02,
	1.55949003336666123687e+02,
	-4.95949898822628210127e+00,
}
