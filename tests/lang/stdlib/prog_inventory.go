// A typical script: parse CSV-ish lines from standard input (bufio,
// strings, strconv errors through errors.As/Is), sort, print a table.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

type row struct {
	name  string
	qty   int
	price float64
}

func parse(line string) (row, error) {
	parts := strings.Split(line, ",")
	if len(parts) != 3 {
		return row{}, fmt.Errorf("want 3 fields, got %d in %q", len(parts), line)
	}
	q, err := strconv.Atoi(strings.TrimSpace(parts[1]))
	if err != nil {
		return row{}, fmt.Errorf("qty: %w", err)
	}
	p, err := strconv.ParseFloat(strings.TrimSpace(parts[2]), 64)
	if err != nil {
		return row{}, fmt.Errorf("price: %w", err)
	}
	return row{strings.TrimSpace(parts[0]), q, p}, nil
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	var rows []row
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		r, err := parse(line)
		if err != nil {
			var ne *strconv.NumError
			fmt.Println("skip:", err, errors.As(err, &ne), errors.Is(err, strconv.ErrSyntax))
			continue
		}
		rows = append(rows, r)
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].price*float64(rows[i].qty) > rows[j].price*float64(rows[j].qty) })
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "name\tqty\tprice\ttotal\t")
	sum := 0.0
	for _, r := range rows {
		t := r.price * float64(r.qty)
		sum += t
		fmt.Fprintf(w, "%s\t%d\t%.2f\t%8.2f\t\n", r.name, r.qty, r.price, t)
	}
	fmt.Fprintf(w, "\t\t\t%8.2f\t\n", sum)
	w.Flush()
	fmt.Printf("%v %q %x %08.3f %+d %e\n", len(rows), strings.Repeat("ab", 2), 255, sum, -3, sum)
}

// Stdin: tests/data/inventory.csv

// Output:
// skip: qty: strconv.Atoi: parsing "x": invalid syntax true true
// skip: want 3 fields, got 4 in "kiwi,2,9.99,extra" false false
// skip: price: strconv.ParseFloat: parsing "1e400": value out of range true false
//    name qty price    total
//  durian   1 12.75    12.75
//     fig 100  0.10    10.00
//  banana  12  0.25     3.00
//   apple   3  0.50     1.50
//                      27.25
// 4 "abab" ff 0027.250 -3 2.725000e+01
