// sort.Sort and sort.Slice follow Go's pdqsort step for step, so elements
// with equal keys end in the same order as under `go run`; sort.Stable and
// SliceStable keep them in input order. Covers presorted, reversed,
// duplicate-heavy, sawtooth and adversarial inputs (pattern breaking, the
// heapsort fallback) and records the permutation as a checksum.
package main

import (
	"fmt"
	"sort"
)

type item struct {
	key, id int
}

type byKey []item

func (s byKey) Len() int           { return len(s) }
func (s byKey) Less(i, j int) bool { return s[i].key < s[j].key }
func (s byKey) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// checksum mixes the ids in their final order.
func checksum(s []item) uint64 {
	h := uint64(14695981039346656037)
	for _, it := range s {
		h ^= uint64(it.id)
		h *= 1099511628211
	}
	return h
}

func sorted(s []item) bool {
	for i := 1; i < len(s); i++ {
		if s[i].key < s[i-1].key {
			return false
		}
	}
	return true
}

type gen func(i, n int, r *uint32) int

func lcg(r *uint32) int {
	*r = *r*1664525 + 1013904223
	return int(*r >> 8)
}

func main() {
	gens := []struct {
		name string
		f    gen
	}{
		{"random", func(i, n int, r *uint32) int { return lcg(r) % 1000 }},
		{"fewkeys", func(i, n int, r *uint32) int { return lcg(r) % 4 }},
		{"sorted", func(i, n int, r *uint32) int { return i / 3 }},
		{"reversed", func(i, n int, r *uint32) int { return n - i/2 }},
		{"sawtooth", func(i, n int, r *uint32) int { return i % 37 }},
		{"organpipe", func(i, n int, r *uint32) int {
			if i < n/2 {
				return i
			}
			return n - i
		}},
		{"nearly", func(i, n int, r *uint32) int {
			if i%97 == 0 {
				return lcg(r) % n
			}
			return i
		}},
		{"equal", func(i, n int, r *uint32) int { return 7 }},
	}
	for _, n := range []int{0, 1, 2, 5, 12, 13, 49, 50, 51, 200, 1000, 5003} {
		for _, g := range gens {
			r := uint32(n + 1)
			base := make([]item, n)
			for i := range base {
				base[i] = item{g.f(i, n, &r), i}
			}
			a := append([]item(nil), base...)
			sort.Sort(byKey(a))
			b := append([]item(nil), base...)
			calls := 0
			sort.Slice(b, func(i, j int) bool { calls++; return b[i].key < b[j].key })
			c := append([]item(nil), base...)
			sort.Stable(byKey(c))
			d := append([]item(nil), base...)
			sort.SliceStable(d, func(i, j int) bool { return d[i].key < d[j].key })
			fmt.Println(n, g.name, sorted(a), checksum(a), checksum(b) == checksum(a),
				calls, sorted(c), checksum(c), checksum(d) == checksum(c))
		}
	}
	// A comparison that is not a strict weak order still terminates and
	// performs Go's sequence of swaps.
	w := make([]int, 300)
	for i := range w {
		w[i] = (i * 7919) % 300
	}
	k := 0
	sort.Slice(w, func(i, j int) bool { k++; return (w[i]+k)%3 == 0 })
	fmt.Println(w[:20], k)
	strs := []string{"b", "a", "c", "a", "b"}
	sort.Sort(sort.Reverse(sort.StringSlice(strs)))
	fmt.Println(strs)
	i, found := sort.Find(len(strs), func(i int) int {
		if "b" < strs[i] {
			return -1
		} else if "b" > strs[i] {
			return 1
		}
		return 0
	})
	fmt.Println(i, found)
}

// Output:
// 0 random true 14695981039346656037 true 0 true 14695981039346656037 true
// 0 fewkeys true 14695981039346656037 true 0 true 14695981039346656037 true
// 0 sorted true 14695981039346656037 true 0 true 14695981039346656037 true
// 0 reversed true 14695981039346656037 true 0 true 14695981039346656037 true
// 0 sawtooth true 14695981039346656037 true 0 true 14695981039346656037 true
// 0 organpipe true 14695981039346656037 true 0 true 14695981039346656037 true
// 0 nearly true 14695981039346656037 true 0 true 14695981039346656037 true
// 0 equal true 14695981039346656037 true 0 true 14695981039346656037 true
// 1 random true 12638153115695167455 true 0 true 12638153115695167455 true
// 1 fewkeys true 12638153115695167455 true 0 true 12638153115695167455 true
// 1 sorted true 12638153115695167455 true 0 true 12638153115695167455 true
// 1 reversed true 12638153115695167455 true 0 true 12638153115695167455 true
// 1 sawtooth true 12638153115695167455 true 0 true 12638153115695167455 true
// 1 organpipe true 12638153115695167455 true 0 true 12638153115695167455 true
// 1 nearly true 12638153115695167455 true 0 true 12638153115695167455 true
// 1 equal true 12638153115695167455 true 0 true 12638153115695167455 true
// 2 random true 590682968308805178 true 1 true 590682968308805178 true
// 2 fewkeys true 590682968308805178 true 1 true 590682968308805178 true
// 2 sorted true 590682968308805178 true 1 true 590682968308805178 true
// 2 reversed true 590682968308805178 true 1 true 590682968308805178 true
// 2 sawtooth true 590682968308805178 true 1 true 590682968308805178 true
// 2 organpipe true 590682968308805178 true 1 true 590682968308805178 true
// 2 nearly true 590682968308805178 true 1 true 590682968308805178 true
// 2 equal true 590682968308805178 true 1 true 590682968308805178 true
// 5 random true 13254052779467615073 true 7 true 13254052779467615073 true
// 5 fewkeys true 11725360275463935077 true 7 true 11725360275463935077 true
// 5 sorted true 3708964778940489647 true 4 true 3708964778940489647 true
// 5 reversed true 6345285033238645843 true 10 true 6345285033238645843 true
// 5 sawtooth true 3708964778940489647 true 4 true 3708964778940489647 true
// 5 organpipe true 7450123461685625051 true 7 true 7450123461685625051 true
// 5 nearly true 3708964778940489647 true 4 true 3708964778940489647 true
// 5 equal true 3708964778940489647 true 4 true 3708964778940489647 true
// 12 random true 1451014370948310883 true 30 true 1451014370948310883 true
// 12 fewkeys true 15758201583260585653 true 17 true 15758201583260585653 true
// 12 sorted true 3277855377104666553 true 11 true 3277855377104666553 true
// 12 reversed true 16736372596889048397 true 66 true 16736372596889048397 true
// 12 sawtooth true 3277855377104666553 true 11 true 3277855377104666553 true
// 12 organpipe true 9802224392535016143 true 36 true 9802224392535016143 true
// 12 nearly true 6210556585304308083 true 19 true 6210556585304308083 true
// 12 equal true 3277855377104666553 true 11 true 3277855377104666553 true
// 13 random true 2570030237660432317 true 44 true 2570030237660432317 true
// 13 fewkeys true 2533666100210466319 true 34 true 8906211551387768121 true
// 13 sorted true 13358019448675500175 true 15 true 13358019448675500175 true
// 13 reversed true 13513947967550609885 true 32 true 5763072403660085883 true
// 13 sawtooth true 13358019448675500175 true 15 true 13358019448675500175 true
// 13 organpipe true 5790880635147466507 true 34 true 4755164792755890783 true
// 13 nearly true 2385463474480007127 true 34 true 2385463474480007127 true
// 13 equal true 13358019448675500175 true 15 true 13358019448675500175 true
// 49 random true 8891783465327972779 true 246 true 8891783465327972779 true
// 49 fewkeys true 15951678129921184697 true 179 true 13394722618434055405 true
// 49 sorted true 3894026658186525023 true 51 true 3894026658186525023 true
// 49 reversed true 14628533353133763997 true 208 true 3364484091108791311 true
// 49 sawtooth true 190039858233484735 true 306 true 11700952470979439431 true
// 49 organpipe true 10511556031721964629 true 235 true 7542646136645985181 true
// 49 nearly true 9262953701583545689 true 184 true 9262953701583545689 true
// 49 equal true 3894026658186525023 true 51 true 3894026658186525023 true
// 50 random true 34721088908929064 true 277 true 34721088908929064 true
// 50 fewkeys true 9570879711930743494 true 201 true 14874468146024094132 true
// 50 sorted true 17263648858073257450 true 61 true 17263648858073257450 true
// 50 reversed true 6193734679290058934 true 221 true 1252804378820370282 true
// 50 sawtooth true 1479160962709323474 true 281 true 6163288670582596770 true
// 50 organpipe true 16848902031331261650 true 251 true 4355672241095972290 true
// 50 nearly true 620056939607974778 true 78 true 620056939607974778 true
// 50 equal true 17263648858073257450 true 61 true 17263648858073257450 true
// 51 random true 9648183809613188718 true 268 true 9648183809613188718 true
// 51 fewkeys true 3449336088642053684 true 161 true 4606975891970605046 true
// 51 sorted true 11722439715788643848 true 62 true 11722439715788643848 true
// 51 reversed true 129729108064967448 true 224 true 15176083419461767898 true
// 51 sawtooth true 4780628857818218408 true 294 true 3776260168454348706 true
// 51 organpipe true 3833679185230346464 true 265 true 1604468130563974058 true
// 51 nearly true 9969569963564010024 true 95 true 9969569963564010024 true
// 51 equal true 11722439715788643848 true 62 true 11722439715788643848 true
// 200 random true 6326685338599078299 true 1563 true 4538343928152944953 true
// 200 fewkeys true 8268491928544059723 true 728 true 7245675179230325661 true
// 200 sorted true 4886308848179467197 true 211 true 4886308848179467197 true
// 200 reversed true 3703854894149914503 true 973 true 6863911857496579101 true
// 200 sawtooth true 6794950784429331951 true 1410 true 17351813368149385077 true
// 200 organpipe true 2105404903202812317 true 1420 true 11169524437727614089 true
// 200 nearly true 1734648724165261525 true 462 true 1734648724165261525 true
// 200 equal true 4886308848179467197 true 211 true 4886308848179467197 true
// 1000 random true 10170413779065859387 true 10248 true 14655628664334198601 true
// 1000 fewkeys true 10584650096803974969 true 3331 true 8215119653062541211 true
// 1000 sorted true 10992378149551695325 true 1011 true 10992378149551695325 true
// 1000 reversed true 16368175087283576445 true 3823 true 15559139753595581021 true
// 1000 sawtooth true 2545667105918622737 true 7106 true 12284941113794031133 true
// 1000 organpipe true 18027428141446120701 true 9698 true 891253934686007257 true
// 1000 nearly true 1137732005344574405 true 7160 true 10972593631720575429 true
// 1000 equal true 10992378149551695325 true 1011 true 10992378149551695325 true
// 5003 random true 18073402997031419896 true 59427 true 17986003335613595916 true
// 5003 fewkeys true 15009484494742302790 true 16355 true 6760715760244131030 true
// 5003 sorted true 7473427738870433512 true 5014 true 7473427738870433512 true
// 5003 reversed true 16204104009892249118 true 17560 true 1427732124707802010 true
// 5003 sawtooth true 11977006615231757142 true 34207 true 7609341759825872356 true
// 5003 organpipe true 48770503094935932 true 58917 true 3645748968910513182 true
// 5003 nearly true 7390715363039853260 true 57778 true 17056320030619251942 true
// 5003 equal true 7473427738870433512 true 5014 true 7473427738870433512 true
// [265 94 47 99 27 37 166 89 161 223 104 288 151 275 208 141 32 42 109 270] 2717
// [c b b a a]
// 0 false
