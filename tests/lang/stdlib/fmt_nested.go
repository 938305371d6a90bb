package main

import (
	"errors"
	"fmt"
	"math"
	"time"
)

type S string

func (s S) String() string { return "S<" + string(s) + ">" }

type hidden struct {
	pub   S
	Pub   S
	err   error
	Err   error
	Arr   [2]S
	M     map[S]int
	Ptr   *S
	Iface any
}

type E struct{ msg string }

func (e E) Error() string { return "E:" + e.msg }

type Both struct{}

func (Both) String() string { return "string" }
func (Both) Error() string  { return "error" }

type Rec struct {
	Name string
	Kids []*Rec
}

type Weird int

func (w Weird) String() string {
	if w < 0 {
		panic("negative weird")
	}
	return fmt.Sprintf("W%d", int(w))
}

type PtrStringer struct{ v int }

func (p *PtrStringer) String() string { return fmt.Sprint("PS", p.v) }

type Named []int
type NamedMap map[string]bool
type Fn func(int) string
type Ch chan<- int

func main() {
	s := S("x")
	h := hidden{pub: "a", Pub: "b", err: E{"e"}, Err: E{"f"}, Arr: [2]S{"c", "d"}, M: map[S]int{"k": 1}, Ptr: &s, Iface: S("i")}
	fmt.Printf("%v\n%+v\n", h, h)
	fmt.Printf("%s|%v|%d\n", Both{}, Both{}, Both{})
	r := &Rec{"root", []*Rec{{"kid", nil}}}
	fmt.Printf("%v %+v\n", r.Kids[0].Name, *r.Kids[0])
	fmt.Println(Weird(3), Weird(-1))
	fmt.Printf("%v|%d|%s\n", Weird(-2), Weird(-2), []Weird{1, -1})
	ps := PtrStringer{5}
	fmt.Println(ps, &ps, []*PtrStringer{&ps}[0])
	var nilps *PtrStringer
	fmt.Println(nilps)
	fmt.Printf("%v %d %x %#v\n", Named{1, 2}, Named{3}, Named{255}, Named{4})
	fmt.Printf("%v %#v\n", NamedMap{"a": true}, NamedMap{"z": false, "a": true})
	fmt.Printf("%T %T %T %T %T\n", Fn(nil), Ch(nil), make(chan int), func(int, ...string) (bool, error) { return false, nil }, [3][]map[string]*int{})
	fmt.Printf("%T %T %T\n", struct{ A int }{}, &struct{}{}, []any{1})
	fmt.Printf("%s %d %v\n", nil, nil, error(nil))
	fmt.Printf("%x %X %.2x\n", 3.5, -1.25, 1.0)
	fmt.Printf("%08.3f|%-08.3f|%+08d|% 08d|%08s|%-8q|\n", -3.14159, 2.5, 42, 42, "ab", "q")
	fmt.Printf("%6.2v|%.3v|%10.4v|\n", math.Pi, "abcdef", 123.456789)
	fmt.Printf("%#x %#o %#b %#X\n", []int{10, 11}, 8, 5, "hi")
	fmt.Printf("%e %E %.0e %g %G\n", 0.0, 1e-300, 5.5, 1e-320, math.Inf(-1))
	fmt.Printf("%5t|%-5v|%q\n", false, true, []rune("hé"))
	fmt.Printf("%c|%5c|%-3c|%U\n", 'é', 'x', 'y', []rune{'a', 0x1F600})
	fmt.Printf("%x|% X|%#x|% #x\n", "héllo", []byte{1, 171}, []byte{}, "ab")
	fmt.Printf("%d %v %s\n", []byte("ab"), []byte("ab"), [2]byte{65, 66})
	fmt.Printf("%v %v\n", [0]int{}, map[string][]int{})
	fmt.Printf("%v %.3v %v\n", 1e-7, float32(2.0/3), float32(1e10))
	fmt.Printf("%v %v %v\n", int64(math.MinInt64), uint8(255), uintptr(10))
	fmt.Printf("%+d %+d % d\n", 0, -0, -5)
	fmt.Printf("%3d|%-3d|%03d\n", -5, -5, -5)
	fmt.Printf("%.0d|%.0d|%5.0d|\n", 0, 1, 0)
	fmt.Printf("%o %O %x\n", -8, -8, int8(-128))
	fmt.Printf("%q %+q %#q %#+q\n", "日本\t", "日本\t", "日本\t", "日本")
	fmt.Printf("%q %q %q\n", 'x', '\'', '\x7f')
	fmt.Printf("%v %s\n", errors.New("e1"), fmt.Errorf("wrap %w", errors.New("inner")))
	fmt.Printf("%v %v\n", time.Duration(1500)*time.Millisecond, []time.Duration{time.Second, 90 * time.Minute})
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b %[1]c %[1]q %[1]U\n", 65)
	fmt.Printf("%[2]*[1]d|%-[2]*[1]d|\n", 7, 5)
	fmt.Printf("%.[2]*[1]f\n", math.Pi, 3)
	fmt.Printf("%*d|%-*d|\n", -4, 1, -4, 2)
	fmt.Printf("%.*d\n", -1, 5)
	fmt.Printf("%v\n", struct {
		A *int
		B []string
		C map[int]int
		D func()
		E chan int
		F error
		G any
	}{})
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.0, nil, 'x', []int{1}))
	fmt.Println(fmt.Sprintln(), fmt.Sprint(nil), fmt.Sprint(S("y"), S("z")))
	type pair struct {
		a, b any
	}
	fmt.Printf("%v %+v\n", pair{1, "x"}, pair{nil, []any{nil}})
	fmt.Printf("%v\n", [][]string{{"a"}, {}, nil})
	fmt.Printf("%#v\n", map[string]any{"a": 1, "b": "s", "c": nil, "d": []int{1}})
	fmt.Printf("%#v %#v %#v\n", 1.0, float32(2.5), 1e100)
	fmt.Printf("%#v %#v\n", []any{1, "a", nil}, struct{ p *int }{})
	fmt.Printf("%v %v\n", math.NaN(), -math.NaN())
	fmt.Printf("%5.1f|%-6v|%+v|%06.1f\n", math.NaN(), math.Inf(1), math.Inf(1), math.Inf(-1))
	fmt.Printf("%.3s|%.10s|%5.2s|\n", "日本語テキスト", "ab", "日本語")
	fmt.Printf("%-10v|%10v|\n", []int{1, 2}, map[string]int{"a": 1})
	fmt.Printf("%6.2f|%6.2f\n", []float64{1, 2.5}, [2]float32{3, 4})
	fmt.Printf("%d%%|%%d|%5%|%-5%|\n", 50)
}

// Output:
// {a S<b> {e} E:f [S<c> S<d>] map[S<k>:1] S<x> S<i>}
// {pub:a Pub:S<b> err:{msg:e} Err:E:f Arr:[S<c> S<d>] M:map[S<k>:1] Ptr:S<x> Iface:S<i>}
// error|error|{}
// kid {Name:kid Kids:[]}
// W3 %!v(PANIC=String method: negative weird)
// %!v(PANIC=String method: negative weird)|-2|[W1 %!s(PANIC=String method: negative weird)]
// {5} PS5 PS5
// <nil>
// [1 2] [3] [ff] main.Named{4}
// map[a:true] main.NamedMap{"a":true, "z":false}
// main.Fn main.Ch chan int func(int, ...string) (bool, error) [3][]map[string]*int
// struct { A int } *struct {} []interface {}
// %!s(<nil>) %!d(<nil>) <nil>
// 0x1.cp+01 -0X1.4P+00 0x1.00p+00
// -003.142|2.500   |+0000042| 0000042|000000ab|"q"     |
//    3.1|abc|     123.5|
// [0xa 0xb] 010 0b101 0X6869
// 0.000000e+00 1.000000E-300 6e+00 1e-320 -Inf
// false|true |['h' 'é']
// é|    x|y  |[U+0061 U+1F600]
// 68c3a96c6c6f|01 AB||0x61 0x62
// [97 98] [97 98] AB
// [] map[]
// 1e-07 0.667 1e+10
// -9223372036854775808 255 10
// +0 +0 -5
//  -5|-5 |-05
// |1|     |
// -10 -0o10 -80
// "日本\t" "\u65e5\u672c\t" `日本	` `日本`
// 'x' '\'' '\x7f'
// e1 wrap inner
// 1.5s [1s 1h30m0s]
// 65 41 101 1000001 A 'A' U+0041
//     7|7    |
// 3.142
// 1   |2   |
// %!(BADPREC)5
// {<nil> [] map[] <nil> <nil> <nil> <nil>}
// ab1 2c3 <nil> 120 [1]
//
//  <nil> S<y>S<z>
// {1 x} {a:<nil> b:[<nil>]}
// [[a] [] []]
// map[string]interface {}{"a":1, "b":"s", "c":interface {}(nil), "d":[]int{1}}
// 1 2.5 1e+100
// []interface {}{1, "a", interface {}(nil)} struct { p *int }{p:(*int)(nil)}
// NaN NaN
//   NaN|+Inf  |+Inf|  -Inf
// 日本語|ab|   日本|
// [1          2         ]|map[         a:         1]|
// [  1.00   2.50]|[  3.00   4.00]
// 50%|%d|%|%|
