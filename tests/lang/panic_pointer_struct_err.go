package main

type ValErr struct{ N int }

func (v ValErr) Error() string { return "valerr" }

func main() {
	var e error = ValErr{5}
	panic(e)
}

// Panic: panic: valerr
// Exit: 2
