// strconv's shortest float formatting and float parsing on many values:
// random bit patterns (normals, subnormals, huge and tiny exponents),
// powers of two and ten, halfway cases and decimal strings of various
// lengths, checked against Go byte for byte through a checksum and a few
// printed samples.
package main

import (
	"fmt"
	"math"
	"strconv"
)

type rng uint64

func (r *rng) next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 7
	*r ^= *r << 17
	return uint64(*r)
}

func fnv(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func main() {
	r := rng(88172645463325252)
	h := uint64(14695981039346656037)
	bad := 0
	for i := 0; i < 200000; i++ {
		b := r.next()
		switch i % 4 {
		case 1: // subnormal or tiny
			b &= 0x800fffffffffffff
			b |= (r.next() % 3) << 52
		case 2: // modest exponents, short mantissas
			b = b&0x800000000000000f | (1023+r.next()%120-60)<<52 | (r.next()%4096)<<40
		}
		f := math.Float64frombits(b)
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		s := strconv.FormatFloat(f, 'g', -1, 64)
		h = fnv(h, s)
		e := strconv.FormatFloat(f, 'e', -1, 64)
		h = fnv(h, e)
		back, err := strconv.ParseFloat(s, 64)
		if err != nil || math.Float64bits(back) != b {
			bad++
		}
		if i%20000 == 0 {
			fmt.Println(s, e, strconv.FormatFloat(f, 'f', -1, 64) == s)
		}
	}
	fmt.Println("format checksum", h, "bad round trips", bad)
	for e := -1074; e <= 1023; e += 7 {
		h = fnv(h, strconv.FormatFloat(math.Ldexp(1, e), 'g', -1, 64))
		h = fnv(h, strconv.FormatFloat(math.Nextafter(math.Ldexp(1, e), 0), 'g', -1, 64))
	}
	for e := -325; e <= 310; e++ {
		s := "1e" + strconv.Itoa(e)
		f, err := strconv.ParseFloat(s, 64)
		h = fnv(h, strconv.FormatFloat(f, 'g', -1, 64))
		if err != nil {
			h = fnv(h, err.Error())
		}
	}
	fmt.Println("powers checksum", h)
	// parsing: decimal strings of 1..25 digits with varied exponents
	p := uint64(0)
	digits := "0123456789"
	for i := 0; i < 100000; i++ {
		n := 1 + int(r.next()%25)
		buf := make([]byte, 0, 40)
		if r.next()%2 == 0 {
			buf = append(buf, '-')
		}
		for k := 0; k < n; k++ {
			buf = append(buf, digits[r.next()%10])
			if k == 0 && r.next()%3 == 0 {
				buf = append(buf, '.')
			}
		}
		buf = append(buf, 'e')
		buf = strconv.AppendInt(buf, int64(r.next()%700)-350, 10)
		f, err := strconv.ParseFloat(string(buf), 64)
		p ^= math.Float64bits(f) * uint64(i+1)
		if err != nil {
			p += 1
		}
		if i%25000 == 0 {
			fmt.Println(string(buf), f, err)
		}
	}
	for _, s := range []string{"9007199254740993", "9007199254740992.5", "1.00000000000000011102230246251565404236316680908203125",
		"2.2250738585072011e-308", "2.2250738585072012e-308", "4.9406564584124654e-324", "1.7976931348623157e308",
		"1.7976931348623159e308", "0.1", "123456789012345678901234567890", "7.205759403792794e16", "3.0000000000000004"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	fmt.Println("parse checksum", p)
}

// Output:
// 6.934698245112694e+276 6.934698245112694e+276 false
// -3.3096220658359333e+28 -3.3096220658359333e+28 false
// -1.0412855790677465e-73 -1.0412855790677465e-73 false
// 1.541930409517103e-150 1.541930409517103e-150 false
// 1.2433760000172187e+270 1.2433760000172187e+270 false
// 7.331311435782045e-05 7.331311435782045e-05 false
// 1.879713441381472e-121 1.879713441381472e-121 false
// 9.325528515552318e-157 9.325528515552318e-157 false
// -3.0362746682860306e-123 -3.0362746682860306e-123 false
// 4.539650759633272e+99 4.539650759633272e+99 false
// format checksum 4399395826549525618 bad round trips 0
// powers checksum 15201199074643970466
// -4841967547831465717e-111 -4.8419675478314656e-93 <nil>
// -785e177 -7.85e+179 <nil>
// 1551690753392005845172953e-320 1.5516907533920057e-296 <nil>
// -0357443850103886e-319 -3.57443850103886e-305 <nil>
// 9007199254740993 9.007199254740992e+15 <nil>
// 9007199254740992.5 9.007199254740992e+15 <nil>
// 1.00000000000000011102230246251565404236316680908203125 1 <nil>
// 2.2250738585072011e-308 2.225073858507201e-308 <nil>
// 2.2250738585072012e-308 2.2250738585072014e-308 <nil>
// 4.9406564584124654e-324 5e-324 <nil>
// 1.7976931348623157e308 1.7976931348623157e+308 <nil>
// 1.7976931348623159e308 +Inf strconv.ParseFloat: parsing "1.7976931348623159e308": value out of range
// 0.1 0.1 <nil>
// 123456789012345678901234567890 1.2345678901234568e+29 <nil>
// 7.205759403792794e16 7.205759403792794e+16 <nil>
// 3.0000000000000004 3.0000000000000004 <nil>
// parse checksum 17689420636732886755
