package main

import (
	"fmt"
	"strconv"
	"strings"
)

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var stateNames = [...]string{"Idle", "Running", "Paused", "Stopped"}

func (s State) String() string { return stateNames[s] }

type Event string

type transition struct {
	from State
	ev   Event
}

type Machine struct {
	state   State
	table   map[transition]State
	history []string
	hooks   map[State]func(from State)
}

func NewMachine() *Machine {
	m := &Machine{
		state: Idle,
		table: map[transition]State{
			{Idle, "start"}:    Running,
			{Running, "pause"}: Paused,
			{Paused, "resume"}: Running,
			{Running, "stop"}:  Stopped,
			{Paused, "stop"}:   Stopped,
			{Stopped, "reset"}: Idle,
		},
		hooks: map[State]func(State){},
	}
	return m
}

func (m *Machine) On(s State, f func(from State)) { m.hooks[s] = f }

func (m *Machine) Fire(ev Event) error {
	next, ok := m.table[transition{m.state, ev}]
	if !ok {
		return fmt.Errorf("event %q not allowed in state %v", ev, m.state)
	}
	prev := m.state
	m.state = next
	m.history = append(m.history, fmt.Sprintf("%v-%s->%v", prev, ev, next))
	if h := m.hooks[next]; h != nil {
		h(prev)
	}
	return nil
}

// A second machine: a vending machine driven by a switch.
type Vending struct {
	credit int
	stock  map[string]int
	price  map[string]int
}

func (v *Vending) Handle(cmd string) string {
	parts := strings.Fields(cmd)
	switch parts[0] {
	case "coin":
		n, _ := strconv.Atoi(parts[1])
		v.credit += n
		return fmt.Sprintf("credit %d", v.credit)
	case "buy":
		item := parts[1]
		p, ok := v.price[item]
		switch {
		case !ok:
			return "unknown item " + item
		case v.stock[item] == 0:
			return item + " sold out"
		case v.credit < p:
			return fmt.Sprintf("need %d more", p-v.credit)
		}
		v.credit -= p
		v.stock[item]--
		return "vend " + item
	case "refund":
		c := v.credit
		v.credit = 0
		return fmt.Sprintf("refund %d", c)
	}
	return "?"
}

func main() {
	m := NewMachine()
	runs := 0
	m.On(Running, func(from State) {
		runs++
		fmt.Println("  hook: running (from", from.String()+")")
	})
	for _, ev := range []Event{"start", "pause", "start", "resume", "stop", "stop", "reset", "start"} {
		if err := m.Fire(ev); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println("now", m.state)
		}
	}
	fmt.Println(runs, strings.Join(m.history, " | "))

	v := &Vending{stock: map[string]int{"cola": 1, "chips": 0}, price: map[string]int{"cola": 150, "chips": 100}}
	for _, c := range []string{"buy cola", "coin 100", "buy cola", "coin 100", "buy cola", "buy cola", "buy chips", "buy gum", "refund", "dance"} {
		fmt.Printf("%-10s => %s\n", c, v.Handle(c))
	}
}

// Output:
//   hook: running (from Idle)
// now Running
// now Paused
// error: event "start" not allowed in state Paused
//   hook: running (from Paused)
// now Running
// now Stopped
// error: event "stop" not allowed in state Stopped
// now Idle
//   hook: running (from Idle)
// now Running
// 3 Idle-start->Running | Running-pause->Paused | Paused-resume->Running | Running-stop->Stopped | Stopped-reset->Idle | Idle-start->Running
// buy cola   => need 150 more
// coin 100   => credit 100
// buy cola   => need 50 more
// coin 100   => credit 200
// buy cola   => vend cola
// buy cola   => cola sold out
// buy chips  => chips sold out
// buy gum    => unknown item gum
// refund     => refund 50
// dance      => ?
