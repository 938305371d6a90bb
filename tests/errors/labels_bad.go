package main

func main() {
unused: // ERROR "label unused defined and not used"
	for {
		break missing // ERROR "(break label not defined|invalid break label): missing"
	}
	goto nowhere // ERROR "label nowhere not defined"
}
