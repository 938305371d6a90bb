package main

import (
	"fmt"
	"strings"
)

type BitSet struct{ words []uint64 }

func (b *BitSet) Set(i int) {
	for i/64 >= len(b.words) {
		b.words = append(b.words, 0)
	}
	b.words[i/64] |= 1 << uint(i%64)
}

func (b *BitSet) Clear(i int) {
	if i/64 < len(b.words) {
		b.words[i/64] &^= 1 << uint(i%64)
	}
}

func (b *BitSet) Has(i int) bool {
	return i/64 < len(b.words) && b.words[i/64]&(1<<uint(i%64)) != 0
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func (b *BitSet) Count() int {
	n := 0
	for _, w := range b.words {
		n += popcount(w)
	}
	return n
}

func (b *BitSet) Union(o *BitSet) *BitSet {
	r := &BitSet{}
	for i := 0; i < len(b.words) || i < len(o.words); i++ {
		var x, y uint64
		if i < len(b.words) {
			x = b.words[i]
		}
		if i < len(o.words) {
			y = o.words[i]
		}
		r.words = append(r.words, x|y)
	}
	return r
}

func (b *BitSet) Intersect(o *BitSet) *BitSet {
	r := &BitSet{}
	for i := 0; i < len(b.words) && i < len(o.words); i++ {
		r.words = append(r.words, b.words[i]&o.words[i])
	}
	return r
}

func (b *BitSet) String() string {
	var parts []string
	for i := 0; i < len(b.words)*64; i++ {
		if b.Has(i) {
			parts = append(parts, fmt.Sprint(i))
		}
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func reverseBits(x uint32) uint32 {
	var r uint32
	for i := 0; i < 32; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func main() {
	var evens, threes BitSet
	for i := 0; i < 150; i++ {
		if i%2 == 0 {
			evens.Set(i)
		}
		if i%3 == 0 {
			threes.Set(i)
		}
	}
	fmt.Println(evens.Count(), threes.Count(), len(evens.words))
	both := evens.Intersect(&threes)
	fmt.Println(both.Count(), both)
	either := evens.Union(&threes)
	fmt.Println(either.Count())
	evens.Clear(0)
	evens.Clear(1000)
	fmt.Println(evens.Has(0), evens.Has(2), evens.Has(149), evens.Has(5000))
	fmt.Printf("%032b\n", reverseBits(0x12345678))
	fmt.Printf("%08x %d\n", reverseBits(1), popcount(0xffffffffffffffff))
	var x uint8 = 0b10110010
	fmt.Printf("%08b %08b %08b %08b\n", x&^0b11110000, x|0x0f, x^0xff, x<<3|x>>5)
	flags := uint16(0)
	const (
		Read = 1 << iota
		Write
		Exec
	)
	flags |= Read | Exec
	fmt.Println(flags&Write != 0, flags&Exec != 0, flags)
}

// Output:
// 75 50 3
// 25 {0 6 12 18 24 30 36 42 48 54 60 66 72 78 84 90 96 102 108 114 120 126 132 138 144}
// 100
// false true false false
// 00011110011010100010110001001000
// 80000000 64
// 00000010 10111111 01001101 10010101
// false true 5
