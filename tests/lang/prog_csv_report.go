package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const data = `region,product,units,price
north,widget,10,2.50
south,gadget,3,10.00
north,gadget,7,10.00
east,widget,12,2.50
south,widget,,2.50
west,gizmo,5,7.25
east,"gadget, deluxe",2,15.00
north,widget,4,2.75
bad line
west,widget,1,2.50`

func parseLine(line string) []string {
	var fields []string
	var cur strings.Builder
	inQuote := false
	for _, r := range line {
		switch {
		case r == '"':
			inQuote = !inQuote
		case r == ',' && !inQuote:
			fields = append(fields, cur.String())
			cur.Reset()
		default:
			cur.WriteRune(r)
		}
	}
	return append(fields, cur.String())
}

type Sale struct {
	Region, Product string
	Units           int
	Price           float64
}

func main() {
	lines := strings.Split(data, "\n")
	header := parseLine(lines[0])
	fmt.Println("columns:", header)
	var sales []Sale
	for i, line := range lines[1:] {
		f := parseLine(line)
		if len(f) != len(header) {
			fmt.Printf("line %d: want %d fields, got %d\n", i+2, len(header), len(f))
			continue
		}
		units, err := strconv.Atoi(f[2])
		if err != nil {
			fmt.Printf("line %d: bad units: %v\n", i+2, err)
			continue
		}
		price, _ := strconv.ParseFloat(f[3], 64)
		sales = append(sales, Sale{f[0], f[1], units, price})
	}
	revenue := map[string]float64{}
	units := map[string]int{}
	for _, s := range sales {
		revenue[s.Region] += float64(s.Units) * s.Price
		units[s.Product] += s.Units
	}
	regions := make([]string, 0, len(revenue))
	for r := range revenue {
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool { return revenue[regions[i]] > revenue[regions[j]] })
	fmt.Println("revenue by region:")
	var total float64
	for _, r := range regions {
		fmt.Printf("  %-6s %8.2f\n", r, revenue[r])
		total += revenue[r]
	}
	fmt.Printf("  %-6s %8.2f\n", "total", total)
	prods := make([]string, 0)
	for p := range units {
		prods = append(prods, p)
	}
	sort.Strings(prods)
	for _, p := range prods {
		fmt.Printf("%q=%d ", p, units[p])
	}
	fmt.Println()
}

// Output:
// columns: [region product units price]
// line 6: bad units: strconv.Atoi: parsing "": invalid syntax
// line 10: want 4 fields, got 1
// revenue by region:
//   north    106.00
//   east      60.00
//   west      38.75
//   south     30.00
//   total    234.75
// "gadget"=10 "gadget, deluxe"=2 "gizmo"=5 "widget"=27 
