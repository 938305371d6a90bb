package main

import (
	"fmt"
	"math"
	"math/bits"
	"math/rand"
	"sort"
	"unicode/utf16"
)

func main() {
	fmt.Println(bits.UintSize)
	for _, x := range []uint64{0, 1, 2, 3, 255, 256, 1 << 32, 1<<63 + 1, math.MaxUint64, 0xF0F0} {
		fmt.Println(x, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x),
			bits.Reverse64(x), bits.ReverseBytes64(x), bits.RotateLeft64(x, 3), bits.RotateLeft64(x, -3))
	}
	for _, x := range []uint32{0, 1, 0x80000000, 0xdeadbeef} {
		fmt.Println(x, bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.OnesCount32(x), bits.Len32(x),
			bits.Reverse32(x), bits.ReverseBytes32(x), bits.RotateLeft32(x, 5))
	}
	for _, x := range []uint16{0, 1, 0x8001} {
		fmt.Println(x, bits.LeadingZeros16(x), bits.TrailingZeros16(x), bits.OnesCount16(x), bits.Len16(x), bits.Reverse16(x), bits.ReverseBytes16(x), bits.RotateLeft16(x, 1))
	}
	for _, x := range []uint8{0, 1, 0x81, 0xff} {
		fmt.Println(x, bits.LeadingZeros8(x), bits.TrailingZeros8(x), bits.OnesCount8(x), bits.Len8(x), bits.Reverse8(x), bits.RotateLeft8(x, 9))
	}
	fmt.Println(bits.LeadingZeros(1), bits.TrailingZeros(0), bits.OnesCount(7), bits.Len(8), bits.Reverse(1), bits.ReverseBytes(1), bits.RotateLeft(1, -1))

	s, c := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(s, c)
	s, c = bits.Add64(math.MaxUint64, math.MaxUint64, 1)
	fmt.Println(s, c)
	d, b := bits.Sub64(0, 1, 0)
	fmt.Println(d, b)
	d, b = bits.Sub64(5, 3, 1)
	fmt.Println(d, b)
	s32, c32 := bits.Add32(math.MaxUint32, 2, 1)
	d32, b32 := bits.Sub32(1, 2, 1)
	fmt.Println(s32, c32, d32, b32)
	hi, lo := bits.Mul64(math.MaxUint64, math.MaxUint64)
	fmt.Println(hi, lo)
	h32, l32 := bits.Mul32(math.MaxUint32, 3)
	fmt.Println(h32, l32)
	q, r := bits.Div64(hi, lo, math.MaxUint64)
	fmt.Println(q, r)
	q, r = bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	q32, r32 := bits.Div32(1, 5, 7)
	fmt.Println(q32, r32, bits.Rem64(10, 7, 3), bits.Rem32(9, 9, 4))
	us, uc := bits.Add(1, 2, 1)
	uh, ul := bits.Mul(1<<40, 1<<40)
	uq, ur := bits.Div(0, 100, 7)
	fmt.Println(us, uc, uh, ul, uq, ur)

	// math/rand: the sequence is golem's own, so only properties print.
	rng := rand.New(rand.NewSource(7))
	ok := true
	counts := make([]int, 10)
	for i := 0; i < 10000; i++ {
		n := rng.Intn(10)
		if n < 0 || n >= 10 {
			ok = false
		}
		counts[n]++
		f := rng.Float64()
		if f < 0 || f >= 1 {
			ok = false
		}
		if v := rng.Int63n(1000); v < 0 || v >= 1000 {
			ok = false
		}
		if v := rng.Int31n(3); v < 0 || v >= 3 {
			ok = false
		}
		if rng.Int() < 0 || rng.Int63() < 0 || rng.Int31() < 0 {
			ok = false
		}
		if f32 := rng.Float32(); f32 < 0 || f32 >= 1 {
			ok = false
		}
	}
	fair := true
	for _, c := range counts {
		if c < 800 || c > 1200 {
			fair = false
		}
	}
	fmt.Println(ok, fair)
	p := rng.Perm(20)
	sort.Ints(p)
	isPerm := true
	for i, v := range p {
		if v != i {
			isPerm = false
		}
	}
	fmt.Println(isPerm, len(rng.Perm(0)))
	words := []string{"a", "b", "c", "d", "e"}
	rng.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	sort.Strings(words)
	fmt.Println(words)
	r1 := rand.New(rand.NewSource(99))
	r2 := rand.New(rand.NewSource(99))
	same := true
	for i := 0; i < 100; i++ {
		if r1.Int63() != r2.Int63() {
			same = false
		}
	}
	fmt.Println(same)
	r1.Seed(5)
	a := r1.Uint64()
	r1.Seed(5)
	fmt.Println(a == r1.Uint64())
	rand.Seed(42)
	x := rand.Intn(1000000)
	rand.Seed(42)
	fmt.Println(x == rand.Intn(1000000), rand.Intn(1) == 0)
	buf := make([]byte, 13)
	n, err := rand.Read(buf)
	fmt.Println(n, err)
	nf := rng.NormFloat64()
	ef := rng.ExpFloat64()
	fmt.Println(!math.IsNaN(nf), ef >= 0)
	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Intn(0)
}

func init() {
	// unicode/utf16
	enc := utf16.Encode([]rune("aé€😀\U0010FFFF"))
	fmt.Println(enc)
	fmt.Println(string(utf16.Decode(enc)))
	fmt.Println(string(utf16.Decode([]uint16{0xd800, 0x61, 0xdc00, 0xd83d})))
	fmt.Println(utf16.IsSurrogate(0xd800), utf16.IsSurrogate('a'))
	r1, r2 := utf16.EncodeRune(0x1F600)
	fmt.Println(r1, r2, utf16.DecodeRune(r1, r2), utf16.DecodeRune('a', 'b'))
	r1, r2 = utf16.EncodeRune('a')
	fmt.Println(r1, r2)
	fmt.Println(utf16.Encode([]rune{0xd800, -1, 0x110000}), utf16.Decode(nil), len(utf16.Encode(nil)))
}

// Output:
// [97 233 8364 55357 56832 56319 57343]
// aé€😀􏿿
// �a��
// true false
// 55357 56832 128512 65533
// 65533 65533
// [65533 65533 65533] [] 0
// 64
// 0 64 64 0 0 0 0 0 0
// 1 63 0 1 1 9223372036854775808 72057594037927936 8 2305843009213693952
// 2 62 1 1 2 4611686018427387904 144115188075855872 16 4611686018427387904
// 3 62 0 2 2 13835058055282163712 216172782113783808 24 6917529027641081856
// 255 56 0 8 8 18374686479671623680 18374686479671623680 2040 16140901064495857695
// 256 55 8 1 9 36028797018963968 281474976710656 2048 32
// 4294967296 31 32 1 33 2147483648 16777216 34359738368 536870912
// 9223372036854775809 0 0 2 64 9223372036854775809 72057594037928064 12 3458764513820540928
// 18446744073709551615 0 0 64 64 18446744073709551615 18446744073709551615 18446744073709551615 18446744073709551615
// 61680 48 4 8 16 1085086035219578880 17361376563513262080 493440 7710
// 0 32 32 0 0 0 0 0
// 1 31 0 1 1 2147483648 16777216 32
// 2147483648 0 31 1 32 1 128 16
// 3735928559 0 0 24 32 4152210811 4022250974 3585596923
// 0 16 16 0 0 0 0 0
// 1 15 0 1 1 32768 256 2
// 32769 0 0 2 16 32769 384 3
// 0 8 8 0 0 0 0
// 1 7 0 1 1 128 2
// 129 0 0 2 8 129 3
// 255 0 0 8 8 255 255
// 63 64 3 4 9223372036854775808 72057594037927936 9223372036854775808
// 0 1
// 18446744073709551615 1
// 18446744073709551615 1
// 1 0
// 2 1 4294967294 1
// 18446744073709551614 1
// 2 4294967293
// 18446744073709551615 0
// 6148914691236517205 1
// 613566757 2 2 1
// 4 0 65536 0 14 2
// true true
// true 0
// [a b c d e]
// true
// true
// true true
// 13 <nil>
// true true
// recovered: invalid argument to Intn
