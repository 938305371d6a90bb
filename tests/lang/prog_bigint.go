package main

import (
	"fmt"
	"strings"
)

// Arbitrary-precision non-negative integers as little-endian base-1e9 limbs.

type Big []uint32

const base = 1000000000

func FromInt(n uint64) Big {
	if n == 0 {
		return Big{0}
	}
	var b Big
	for n > 0 {
		b = append(b, uint32(n%base))
		n /= base
	}
	return b
}

func (a Big) Add(b Big) Big {
	var out Big
	var carry uint64
	for i := 0; i < len(a) || i < len(b) || carry > 0; i++ {
		s := carry
		if i < len(a) {
			s += uint64(a[i])
		}
		if i < len(b) {
			s += uint64(b[i])
		}
		out = append(out, uint32(s%base))
		carry = s / base
	}
	return out
}

func (a Big) MulSmall(m uint32) Big {
	var out Big
	var carry uint64
	for _, limb := range a {
		p := uint64(limb)*uint64(m) + carry
		out = append(out, uint32(p%base))
		carry = p / base
	}
	for carry > 0 {
		out = append(out, uint32(carry%base))
		carry /= base
	}
	return out.trim()
}

func (a Big) Mul(b Big) Big {
	res := make([]uint64, len(a)+len(b)+1)
	for i, x := range a {
		var carry uint64
		for j, y := range b {
			cur := res[i+j] + uint64(x)*uint64(y) + carry
			res[i+j] = cur % base
			carry = cur / base
		}
		k := i + len(b)
		for carry > 0 {
			cur := res[k] + carry
			res[k] = cur % base
			carry = cur / base
			k++
		}
	}
	out := make(Big, len(res))
	for i, v := range res {
		out[i] = uint32(v)
	}
	return out.trim()
}

func (a Big) trim() Big {
	for len(a) > 1 && a[len(a)-1] == 0 {
		a = a[:len(a)-1]
	}
	return a
}

func (a Big) String() string {
	var sb strings.Builder
	sb.WriteString(fmt.Sprint(a[len(a)-1]))
	for i := len(a) - 2; i >= 0; i-- {
		fmt.Fprintf(&sb, "%09d", a[i])
	}
	return sb.String()
}

func digitSum(s string) int {
	t := 0
	for _, c := range s {
		t += int(c - '0')
	}
	return t
}

func main() {
	f := FromInt(1)
	for i := uint32(2); i <= 50; i++ {
		f = f.MulSmall(i)
	}
	fmt.Println("50! =", f)
	a, b := FromInt(0), FromInt(1)
	for i := 0; i < 300; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib(300) =", a)
	p := FromInt(1)
	two := FromInt(2)
	for i := 0; i < 256; i++ {
		p = p.Mul(two)
	}
	fmt.Println("2^256 =", p)
	s := p.String()
	fmt.Println(len(s), digitSum(s))
	x := FromInt(18446744073709551615)
	fmt.Println(x.Mul(x))
}

// Output:
// 50! = 30414093201713378043612608166064768844377641568960512000000000000
// fib(300) = 222232244629420445529739893461909967206666939096499764990979600
// 2^256 = 115792089237316195423570985008687907853269984665640564039457584007913129639936
// 78 376
// 340282366920938463426481119284349108225
