package main

import (
	"errors"
	"fmt"
)

type Account struct {
	Balance int
}

var ErrInsufficient = errors.New("insufficient funds")

type LimitError struct {
	Limit, Asked int
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("amount %d exceeds limit %d", e.Asked, e.Limit)
}

func (a *Account) Withdraw(n int) error {
	if n > 500 {
		return &LimitError{500, n}
	}
	if n > a.Balance {
		return fmt.Errorf("withdraw %d: %w", n, ErrInsufficient)
	}
	a.Balance -= n
	return nil
}

func main() {
	a := &Account{300}
	for _, n := range []int{100, 1000, 250, 50} {
		err := a.Withdraw(n)
		var le *LimitError
		switch {
		case err == nil:
			fmt.Println("ok", n, "left", a.Balance)
		case errors.As(err, &le):
			fmt.Println("limit:", le.Limit, err)
		case errors.Is(err, ErrInsufficient):
			fmt.Println("insufficient:", err)
		}
	}
}

// Output:
// ok 100 left 200
// limit: 500 amount 1000 exceeds limit 500
// insufficient: withdraw 250: insufficient funds
// ok 50 left 150
