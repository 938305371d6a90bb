package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	First, Last string
	Age         int
}

func (p Person) FullName() string { return p.First + " " + p.Last }

type Payable interface {
	MonthlyPay() float64
	Title() string
}

type Employee struct {
	Person
	Salary float64
	Dept   string
}

func (e Employee) MonthlyPay() float64 { return e.Salary / 12 }
func (e Employee) Title() string       { return "employee" }

type Contractor struct {
	Person
	Rate  float64
	Hours int
}

func (c Contractor) MonthlyPay() float64 { return c.Rate * float64(c.Hours) }
func (c Contractor) Title() string       { return "contractor" }

type Manager struct {
	Employee
	Reports []string
}

func (m Manager) MonthlyPay() float64 { return m.Employee.MonthlyPay() + 100*float64(len(m.Reports)) }
func (m Manager) Title() string       { return fmt.Sprintf("manager of %d", len(m.Reports)) }

type named interface {
	Payable
	FullName() string
}

func main() {
	staff := []named{
		Employee{Person{"Ann", "Lee", 34}, 84000, "eng"},
		Contractor{Person{"Bo", "Kim", 45}, 95.5, 120},
		Manager{Employee{Person{"Cy", "Ng", 51}, 120000, "eng"}, []string{"Ann", "Dee"}},
		Employee{Person{"Dee", "Roe", 28}, 61000, "ops"},
		Contractor{Person{"Eve", "Ito", 39}, 80, 0},
	}
	sort.Slice(staff, func(i, j int) bool {
		pi, pj := staff[i].MonthlyPay(), staff[j].MonthlyPay()
		if pi != pj {
			return pi > pj
		}
		return staff[i].FullName() < staff[j].FullName()
	})
	fmt.Printf("%-10s %-14s %10s\n", "name", "title", "monthly")
	fmt.Println(strings.Repeat("-", 36))
	var total float64
	byTitle := map[string]int{}
	for _, s := range staff {
		fmt.Printf("%-10s %-14s %10.2f\n", s.FullName(), s.Title(), s.MonthlyPay())
		total += s.MonthlyPay()
		byTitle[strings.Fields(s.Title())[0]]++
	}
	fmt.Println(strings.Repeat("-", 36))
	fmt.Printf("%-25s %10.2f\n", "total", total)
	fmt.Println(byTitle)
	depts := map[string][]string{}
	for _, s := range staff {
		switch e := s.(type) {
		case Employee:
			depts[e.Dept] = append(depts[e.Dept], e.First)
		case Manager:
			depts[e.Dept] = append(depts[e.Dept], e.First+"*")
		}
	}
	fmt.Println(depts)
	oldest := staff[0]
	ageOf := func(n named) int {
		switch v := n.(type) {
		case Employee:
			return v.Age
		case Contractor:
			return v.Age
		case Manager:
			return v.Age
		}
		return -1
	}
	for _, s := range staff[1:] {
		if ageOf(s) > ageOf(oldest) {
			oldest = s
		}
	}
	fmt.Println("oldest:", oldest.FullName(), ageOf(oldest))
}

// Output:
// name       title             monthly
// ------------------------------------
// Bo Kim     contractor       11460.00
// Cy Ng      manager of 2     10200.00
// Ann Lee    employee          7000.00
// Dee Roe    employee          5083.33
// Eve Ito    contractor           0.00
// ------------------------------------
// total                       33743.33
// map[contractor:2 employee:2 manager:1]
// map[eng:[Cy* Ann] ops:[Dee]]
// oldest: Cy Ng 51
