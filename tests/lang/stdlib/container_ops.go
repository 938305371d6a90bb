// Random operations on container/heap, list and ring (a fixed LCG, so
// the run is the same every time), checked against go.
package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
)

var seed uint32 = 5

func rnd(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

type item struct {
	v, idx int
}
type pq []*item

func (p pq) Len() int           { return len(p) }
func (p pq) Less(i, j int) bool { return p[i].v < p[j].v }
func (p pq) Swap(i, j int)      { p[i], p[j] = p[j], p[i]; p[i].idx = i; p[j].idx = j }
func (p *pq) Push(x any)        { it := x.(*item); it.idx = len(*p); *p = append(*p, it) }
func (p *pq) Pop() any {
	old := *p
	n := len(old)
	it := old[n-1]
	*p = old[:n-1]
	it.idx = -1
	return it
}

func dump(l *list.List) []any {
	var out []any
	for e := l.Front(); e != nil; e = e.Next() {
		out = append(out, e.Value)
	}
	var back []any
	for e := l.Back(); e != nil; e = e.Prev() {
		back = append(back, e.Value)
	}
	return append(out, "|", len(back), l.Len())
}

func main() {
	h := &pq{}
	var items []*item
	for i := 0; i < 600; i++ {
		switch rnd(5) {
		case 0, 1:
			it := &item{v: rnd(100)}
			heap.Push(h, it)
			items = append(items, it)
		case 2:
			if h.Len() > 0 {
				fmt.Print(heap.Pop(h).(*item).v, " ")
			}
		case 3:
			if len(items) > 0 {
				it := items[rnd(len(items))]
				if it.idx >= 0 {
					it.v = rnd(100)
					heap.Fix(h, it.idx)
				}
			}
		case 4:
			if h.Len() > 0 {
				fmt.Print("r", heap.Remove(h, rnd(h.Len())).(*item).v, " ")
			}
		}
	}
	fmt.Println()
	heap.Init(h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h).(*item).v, " ")
	}
	fmt.Println()

	l := list.New()
	var els []*list.Element
	other := list.New()
	other.PushBack("o1")
	for i := 0; i < 300; i++ {
		var e *list.Element
		switch rnd(12) {
		case 0:
			e = l.PushFront(i)
		case 1:
			e = l.PushBack(i)
		case 2:
			if len(els) > 0 {
				e = l.InsertBefore(i, els[rnd(len(els))])
			}
		case 3:
			if len(els) > 0 {
				e = l.InsertAfter(i, els[rnd(len(els))])
			}
		case 4:
			if len(els) > 0 {
				fmt.Print(l.Remove(els[rnd(len(els))]), " ")
			}
		case 5:
			if len(els) > 0 {
				l.MoveToFront(els[rnd(len(els))])
			}
		case 6:
			if len(els) > 0 {
				l.MoveToBack(els[rnd(len(els))])
			}
		case 7:
			if len(els) > 1 {
				l.MoveBefore(els[rnd(len(els))], els[rnd(len(els))])
			}
		case 8:
			if len(els) > 1 {
				l.MoveAfter(els[rnd(len(els))], els[rnd(len(els))])
			}
		case 9:
			l2 := list.New()
			l2.PushBack(-i)
			l.PushBackList(l2)
			l.PushFrontList(l2)
		case 10:
			e = l.InsertAfter(i, other.Front()) // foreign mark: ignored
		case 11:
			if l.Len() > 0 && rnd(8) == 0 {
				fmt.Println(dump(l)...)
			}
		}
		if e != nil {
			els = append(els, e)
		}
	}
	fmt.Println(dump(l)...)
	fmt.Println(l.Remove(other.Front()), other.Len(), l.Len())
	l.Init()
	fmt.Println(l.Len(), l.Front() == nil)

	r := ring.New(7)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	for i := 0; i < 50; i++ {
		switch rnd(5) {
		case 0:
			r = r.Move(rnd(20) - 10)
		case 1:
			s := ring.New(rnd(3) + 1)
			s.Value = 100 + i
			r.Link(s)
		case 2:
			if r.Len() > 2 {
				rm := r.Unlink(rnd(3))
				if rm != nil {
					fmt.Print("u", rm.Len(), " ")
				}
			}
		case 3:
			r = r.Prev()
		case 4:
			var vals []any
			r.Do(func(v any) { vals = append(vals, v) })
			fmt.Println(vals...)
		}
	}
	fmt.Println(r.Len())
	var zero ring.Ring
	fmt.Println(zero.Len(), zero.Next() == &zero, (*ring.Ring)(nil).Len())
}

// Output:
// 16 20 4 53 65 73 6 10 r43 68 r93 23 28 r50 11 26 r70 29 5 14 17 18 31 r77 15 16 42 r54 42 r60 47 r84 69 r81 r81 81 49 r83 r77 r68 r94 44 r76 r53 8 r70 72 r22 r98 r94 r13 1 3 r53 11 14 32 38 r59 r62 1 r43 25 r52 r75 36 5 r91 r95 r51 r91 r49 r1 r20 r22 18 r35 1 r69 r87 1 45 46 32 r16 r85 r47 r41 17 r46 r98 92 58 94 r54 47 58 r76 r31 24 r86 3 41 49 r73 6 67 r82 53 r95 r23 33 12 r73 r54 60 3 r74 r21 r91 0 r73 r11 9 18 r28 r81 r2 r3 r62 3 r88 r96 r38 r50 15 49 r71 94 r99 r11 28 41 82 50 r91 56 r66 r96 r76 35 50 r87 r23 r1 39 r90 3 24 38 34 43 r55 17 r73 21 33 r53 5 5 20 r70 r89 8 r89 19 27 33 24 r96 r89 r48 r74 1 r67 8 r34 10 19 20 r81 23 33 37 1 r91 16 45 r56 0 r26 r70 19 r95 32 36 r83 r66 24 r83 25 8 
// 12 14 29 32 39 42 46 48 51 60 65 65 66 68 69 71 78 79 81 83 86 87 87 87 89 95 
// 13 13 29 33 13 10 64 58 13 128 124 106 103 -115 110 -105 -104 65 -98 -90 26 133 83 78 69 73 135 -70 62 -56 -54 -47 44 -40 -39 23 95 125 -39 -40 -47 -54 -56 22 63 7 -70 71 25 137 31 -90 96 -98 100 102 -104 -105 43 94 45 -115 118 126 127 129 19 51 12 | 60 60
// 124 19 25 154 63 133 -194 103 191 62 -171 -165 161 -159 -158 110 145 140 128 106 -115 -105 -104 65 -98 -90 182 83 186 78 69 73 135 151 -70 -56 -54 -47 143 -40 -39 95 125 -39 -40 -47 -54 -56 139 22 -70 184 137 31 -90 96 -98 100 166 102 -104 -105 43 94 148 -115 26 44 118 126 127 183 129 51 7 12 146 152 169 157 -158 -159 71 -165 150 180 -171 172 45 23 -194 196 174 | 88 88
// 126 26 64 44 237 -231 228 225 -219 -218 137 238 133 -194 103 191 62 -171 -165 161 -159 -158 110 145 220 128 106 -115 -105 -104 65 -98 -90 182 140 83 186 78 69 73 135 151 -70 -56 -54 -47 143 -40 -39 95 125 -39 -40 -47 -54 -56 139 233 22 -70 184 31 -90 96 -98 100 166 102 -104 -105 43 94 148 -115 118 127 183 129 51 7 146 152 169 157 -158 -159 -165 150 180 -171 212 172 45 23 -194 196 174 209 12 -218 -219 227 236 71 -231 232 | 102 102
// 10 154 212 128 257 254 250 278 -245 244 143 237 -231 228 225 -219 -218 137 238 133 -194 103 191 62 -171 -165 233 161 270 -159 -158 110 145 220 106 -115 -105 -104 65 -98 -90 182 140 83 78 69 73 135 -70 -56 -54 -47 -40 -39 95 125 -39 -40 -47 -54 -56 172 236 139 22 -70 184 186 31 -90 96 -98 100 166 102 -104 -105 94 -115 118 127 183 129 151 51 7 146 152 169 157 -158 -159 -165 243 180 -171 265 23 -194 196 148 174 209 12 -218 -219 227 71 -231 232 -245 150 253 43 45 271 272 275 | 115 115
// 233 265 135 295 62 292 291 287 -284 283 128 257 254 250 278 -245 244 143 237 -231 228 225 -219 -218 137 238 133 -194 103 191 -171 -165 161 270 -159 -158 110 145 220 106 -115 -105 -104 65 -98 -90 182 140 83 78 73 -70 -56 -54 -47 -40 -39 95 125 -39 -40 -47 -54 -56 172 236 139 22 -70 184 31 -90 96 -98 100 166 102 -104 -105 94 -115 118 127 183 129 151 51 7 146 169 157 -158 -159 -165 243 180 -171 23 -194 196 148 174 209 12 -218 -219 227 71 -231 232 -245 150 253 43 45 152 271 272 275 282 -284 69 186 | 121 121
// o1 1 121
// 0 true
// 0 100 <nil> <nil> 1 2 3 4 5 6
// u1 6 0 <nil> <nil> 1 2 3 4 5
// 110 116 115 <nil> <nil> 0 <nil> <nil> 1 2 3 4 5 6
// u2 <nil> <nil> 1 2 3 4 5 6 110 <nil> <nil> 0
// 3 4 5 6 110 <nil> <nil> 0 <nil> <nil> 1 2
// 3 4 5 6 110 <nil> <nil> 0 <nil> <nil> 1 2
// u1 <nil> 1 2 128 <nil> 4 5 6 110 <nil> <nil> 0 <nil>
// u1 u2 <nil> <nil> 4 5 6 110 <nil> <nil> 0 <nil>
// u2 u2 0 141 <nil> <nil> 138 <nil> <nil> 4 5 6 110 <nil> <nil>
// u1 5 147 <nil> <nil> 6 110 <nil> <nil> 0 <nil> <nil> 141 <nil> <nil> 138 <nil> <nil> 4
// 21
// 1 true 0
