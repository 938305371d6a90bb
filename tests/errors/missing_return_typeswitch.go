package main

func kind(v interface{}) string {
	switch v.(type) {
	case int:
		return "int"
	case string:
		return "string"
	}
} // ERROR "missing return"

func main() {
	_ = kind(1)
}
