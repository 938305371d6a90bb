package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Account struct {
	ID      string
	Owner   string
	Balance Cents
	History []Entry
}

type Entry struct {
	Kind   string
	Amount Cents
}

var ErrInsufficient = errors.New("insufficient funds")
var ErrNoAccount = errors.New("no such account")

type Bank struct {
	accounts map[string]*Account
	nextID   int
}

func NewBank() *Bank { return &Bank{accounts: map[string]*Account{}} }

func (b *Bank) Open(owner string, initial Cents) *Account {
	b.nextID++
	a := &Account{ID: fmt.Sprintf("AC%03d", b.nextID), Owner: owner}
	b.accounts[a.ID] = a
	if initial > 0 {
		a.deposit(initial)
	}
	return a
}

func (a *Account) deposit(c Cents) {
	a.Balance += c
	a.History = append(a.History, Entry{"deposit", c})
}

func (a *Account) withdraw(c Cents) error {
	if c > a.Balance {
		return fmt.Errorf("withdraw %v from %s: %w", c, a.ID, ErrInsufficient)
	}
	a.Balance -= c
	a.History = append(a.History, Entry{"withdraw", c})
	return nil
}

func (b *Bank) Transfer(from, to string, c Cents) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("transfer from %s: %w", from, ErrNoAccount)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("transfer to %s: %w", to, ErrNoAccount)
	}
	if err := src.withdraw(c); err != nil {
		return err
	}
	dst.deposit(c)
	return nil
}

func (b *Bank) Report() string {
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var sb strings.Builder
	var total Cents
	for _, id := range ids {
		a := b.accounts[id]
		fmt.Fprintf(&sb, "%-6s %-8s %10v %d entries\n", a.ID, a.Owner, a.Balance, len(a.History))
		total += a.Balance
	}
	fmt.Fprintf(&sb, "total %v", total)
	return sb.String()
}

func main() {
	bank := NewBank()
	alice := bank.Open("alice", 10000)
	bob := bank.Open("bob", 2550)
	carol := bank.Open("carol", 0)
	steps := []struct {
		from, to string
		amt      Cents
	}{
		{alice.ID, bob.ID, 1234},
		{bob.ID, carol.ID, 5000},
		{bob.ID, carol.ID, 3784},
		{carol.ID, "AC999", 1},
		{"AC000", alice.ID, 1},
		{alice.ID, carol.ID, 8766},
	}
	for _, s := range steps {
		if err := bank.Transfer(s.from, s.to, s.amt); err != nil {
			fmt.Println("error:", err)
			switch {
			case errors.Is(err, ErrInsufficient):
				fmt.Println("  -> insufficient")
			case errors.Is(err, ErrNoAccount):
				fmt.Println("  -> unknown account")
			}
		}
	}
	fmt.Println(bank.Report())
	for _, e := range carol.History {
		fmt.Printf("%s %v\n", e.Kind, e.Amount)
	}
	fmt.Println(Cents(-5), Cents(7), Cents(123456))
}

// Output:
// error: withdraw $50.00 from AC002: insufficient funds
//   -> insufficient
// error: transfer to AC999: no such account
//   -> unknown account
// error: transfer from AC000: no such account
//   -> unknown account
// AC001  alice         $0.00 3 entries
// AC002  bob           $0.00 3 entries
// AC003  carol       $125.50 2 entries
// total $125.50
// deposit $37.84
// deposit $87.66
// -$0.05 $0.07 $1234.56
