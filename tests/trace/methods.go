// Methods in a traceback: main.(*T).M for pointer receivers, main.T.M for
// value receivers (the receiver is the first argument), an interface
// call (the wrapper golem and Go call through is not shown), and an
// error value as the panic.
package main

import (
	"errors"
	"fmt"
)

type account struct {
	name    string
	balance int
}

type withdrawer interface {
	withdraw(amount int) int
}

var errOverdrawn = errors.New("overdrawn")

//go:noinline
func (a *account) withdraw(amount int) int {
	if amount > a.balance {
		fmt.Println("refusing", amount)
		panic(errOverdrawn)
	}
	a.balance -= amount
	return a.balance
}

//go:noinline
func (a account) describe(prefix string) string {
	fmt.Println(prefix, a.name)
	var w withdrawer = &a
	w.withdraw(a.balance + 1)
	return a.name
}

func main() {
	acct := account{"alice", 10}
	fmt.Println(acct.describe("account"))
}
