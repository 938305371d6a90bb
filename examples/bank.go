// bank.go - a small bank: accounts, transfers, errors as values, a report.
//
//	golem run examples/bank.go
package main

import (
	"errors"
	"fmt"
	"sort"
)

// Cents avoids floating point for money.
type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Account struct {
	Owner   string
	Balance Cents
}

var (
	ErrNoAccount    = errors.New("no such account")
	ErrInsufficient = errors.New("insufficient funds")
)

type Bank struct {
	accounts map[string]*Account
}

func NewBank() *Bank { return &Bank{accounts: make(map[string]*Account)} }

func (b *Bank) Open(owner string, deposit Cents) {
	b.accounts[owner] = &Account{owner, deposit}
}

func (b *Bank) Transfer(from, to string, amount Cents) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("transfer from %q: %w", from, ErrNoAccount)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("transfer to %q: %w", to, ErrNoAccount)
	}
	if src.Balance < amount {
		return fmt.Errorf("transfer %v from %s: %w", amount, from, ErrInsufficient)
	}
	src.Balance -= amount
	dst.Balance += amount
	return nil
}

func (b *Bank) Report() {
	owners := make([]string, 0, len(b.accounts))
	for o := range b.accounts {
		owners = append(owners, o)
	}
	sort.Strings(owners)
	var total Cents
	for _, o := range owners {
		a := b.accounts[o]
		fmt.Printf("  %-8s %10v\n", a.Owner, a.Balance)
		total += a.Balance
	}
	fmt.Printf("  %-8s %10v\n", "total", total)
}

func main() {
	bank := NewBank()
	bank.Open("alice", 100_00)
	bank.Open("bob", 25_50)
	bank.Open("carol", 0)

	transfers := []struct {
		from, to string
		amount   Cents
	}{
		{"alice", "bob", 12_34},
		{"bob", "carol", 50_00},
		{"bob", "carol", 37_84},
		{"carol", "dave", 1_00},
	}
	for _, t := range transfers {
		err := bank.Transfer(t.from, t.to, t.amount)
		switch {
		case err == nil:
			fmt.Printf("ok: %s -> %s %v\n", t.from, t.to, t.amount)
		case errors.Is(err, ErrInsufficient):
			fmt.Println("declined:", err)
		default:
			fmt.Println("error:", err)
		}
	}
	fmt.Println("balances:")
	bank.Report()
}
