package main

// Receivers reachable only through method values survive: bound methods
// on pointer receivers, on value receivers (a copy is bound), through
// interfaces, stored in slices, maps and struct fields, and method
// expressions applied later.

import (
	"fmt"
	"runtime"
)

type account struct {
	owner   string
	history []int
}

func (a *account) deposit(n int) int {
	a.history = append(a.history, n)
	s := 0
	for _, v := range a.history {
		s += v
	}
	return s
}

func (a account) describe() string {
	return fmt.Sprintf("%s(%d)", a.owner, len(a.history))
}

type describer interface{ describe() string }

type hooks struct {
	onDeposit func(int) int
	onShow    func() string
}

func churn() {
	for r := 0; r < 2; r++ {
		var junk []*account
		for i := 0; i < 2000; i++ {
			junk = append(junk, &account{owner: "junk", history: make([]int, 2)})
		}
		_ = junk
		runtime.GC()
	}
}

func main() {
	var deposits []func(int) int
	shows := map[int]func() string{}
	var hs []hooks
	var ifaceShows []func() string
	for i := 0; i < 30; i++ {
		a := &account{owner: fmt.Sprint("acct", i)}
		deposits = append(deposits, a.deposit)
		shows[i] = a.describe
		var d describer = account{owner: fmt.Sprint("iface", i), history: []int{1, 2, 3}}
		ifaceShows = append(ifaceShows, d.describe)
		b := &account{owner: fmt.Sprint("hook", i)}
		hs = append(hs, hooks{onDeposit: b.deposit, onShow: b.describe})
	}
	churn()
	total := 0
	for round := 1; round <= 3; round++ {
		for i, f := range deposits {
			total += f(i * round)
		}
		for i := range hs {
			total += hs[i].onDeposit(round)
		}
		churn()
	}
	fmt.Println("deposits", total)
	fmt.Println("bound copies", shows[0](), shows[29]())
	fmt.Println("iface", ifaceShows[7](), ifaceShows[29]())
	fmt.Println("hooks", hs[3].onShow(), hs[29].onShow())
	expr := (*account).deposit
	show := account.describe
	x := &account{owner: "expr"}
	expr(x, 5)
	churn()
	fmt.Println("expr", expr(x, 6), show(*x))
}

// Output:
// deposits 4650
// bound copies acct0(0) acct29(0)
// iface iface7(3) iface29(3)
// hooks hook3(0) hook29(0)
// expr 11 expr(2)
