package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Category int

const (
	Tools Category = iota + 1
	Food
	Toys
)

func (c Category) String() string {
	switch c {
	case Tools:
		return "tools"
	case Food:
		return "food"
	case Toys:
		return "toys"
	}
	return "unknown"
}

type Product struct {
	SKU      string
	Name     string
	Cat      Category
	Price    float64
	Quantity int
}

type Inventory struct {
	products map[string]*Product
	log      []string
}

var ErrUnknownSKU = errors.New("unknown sku")

type StockError struct {
	SKU       string
	Have, Req int
}

func (e StockError) Error() string {
	return fmt.Sprintf("not enough %s: have %d, requested %d", e.SKU, e.Have, e.Req)
}

func (inv *Inventory) Add(p Product) {
	if inv.products == nil {
		inv.products = map[string]*Product{}
	}
	if old, ok := inv.products[p.SKU]; ok {
		old.Quantity += p.Quantity
		inv.logf("restock %s +%d", p.SKU, p.Quantity)
		return
	}
	cp := p
	inv.products[p.SKU] = &cp
	inv.logf("new %s", p.SKU)
}

func (inv *Inventory) logf(format string, args ...interface{}) {
	inv.log = append(inv.log, fmt.Sprintf(format, args...))
}

func (inv *Inventory) Remove(sku string, n int) error {
	p, ok := inv.products[sku]
	if !ok {
		return fmt.Errorf("remove %s: %w", sku, ErrUnknownSKU)
	}
	if p.Quantity < n {
		return StockError{sku, p.Quantity, n}
	}
	p.Quantity -= n
	inv.logf("sold %s -%d", sku, n)
	return nil
}

func (inv *Inventory) Sorted(less func(a, b *Product) bool) []*Product {
	out := make([]*Product, 0, len(inv.products))
	for _, p := range inv.products {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func (inv *Inventory) ValueByCategory() map[Category]float64 {
	m := map[Category]float64{}
	for _, p := range inv.products {
		m[p.Cat] += p.Price * float64(p.Quantity)
	}
	return m
}

func main() {
	var inv Inventory
	inv.Add(Product{"T-100", "hammer", Tools, 12.5, 10})
	inv.Add(Product{"F-200", "apples", Food, 0.4, 300})
	inv.Add(Product{"Y-300", "yo-yo", Toys, 3.99, 25})
	inv.Add(Product{"T-101", "wrench", Tools, 8.75, 4})
	inv.Add(Product{"T-100", "hammer", Tools, 12.5, 5})
	for _, req := range []struct {
		sku string
		n   int
	}{{"T-100", 3}, {"F-200", 301}, {"Z-999", 1}, {"Y-300", 25}} {
		err := inv.Remove(req.sku, req.n)
		var se StockError
		switch {
		case err == nil:
			fmt.Println("ok", req.sku)
		case errors.As(err, &se):
			fmt.Println("stock:", se.Have, se.Req, err)
		case errors.Is(err, ErrUnknownSKU):
			fmt.Println("unknown:", err)
		}
	}
	byPrice := inv.Sorted(func(a, b *Product) bool { return a.Price > b.Price })
	for _, p := range byPrice {
		fmt.Printf("%-6s %-7s %-6v %7.2f %4d\n", p.SKU, p.Name, p.Cat, p.Price, p.Quantity)
	}
	vals := inv.ValueByCategory()
	cats := []Category{Tools, Food, Toys}
	for _, c := range cats {
		fmt.Printf("%s=%.2f ", c, vals[c])
	}
	fmt.Println()
	fmt.Println(strings.Join(inv.log, "; "))
	empty := inv.Sorted(func(a, b *Product) bool { return a.SKU < b.SKU })
	var out []string
	for _, p := range empty {
		if p.Quantity == 0 {
			out = append(out, p.Name)
		}
	}
	fmt.Println("out of stock:", out)
}

// Output:
// ok T-100
// stock: 300 301 not enough F-200: have 300, requested 301
// unknown: remove Z-999: unknown sku
// ok Y-300
// T-100  hammer  tools    12.50   12
// T-101  wrench  tools     8.75    4
// Y-300  yo-yo   toys      3.99    0
// F-200  apples  food      0.40  300
// tools=185.00 food=120.00 toys=0.00 
// new T-100; new F-200; new Y-300; new T-101; restock T-100 +5; sold T-100 -3; sold Y-300 -25
// out of stock: [yo-yo]
