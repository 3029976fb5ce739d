package main

import "fmt"

// Structs are values: assignment and passing copy all fields (including
// nested structs and arrays, but slices and maps inside still share).

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Age     int
	Home    Address
	Scores  [3]int
	Tags    []string
	private bool
}

func birthday(p Person) Person {
	p.Age++
	return p
}

func rename(p *Person, name string) {
	p.Name = name
}

func main() {
	alice := Person{Name: "Alice", Age: 30, Home: Address{"Paris", 75001},
		Scores: [3]int{9, 8, 7}, Tags: []string{"admin"}}
	bob := alice
	bob.Name = "Bob"
	bob.Home.City = "Lyon"
	bob.Scores[0] = 1
	bob.Tags[0] = "shared!" // the slice's array is shared
	fmt.Println(alice.Name, alice.Home.City, alice.Scores, alice.Tags)
	fmt.Println(bob.Name, bob.Home.City, bob.Scores, bob.Tags)

	older := birthday(alice)
	fmt.Println(alice.Age, older.Age)
	rename(&alice, "Alicia")
	fmt.Println(alice.Name)

	// comparison: all fields must be comparable (no slices), so compare
	// addresses and a smaller struct
	fmt.Println(alice.Home == Address{"Paris", 75001}, alice.Home != bob.Home)
	type pair struct {
		a, b int
	}
	fmt.Println(pair{1, 2} == pair{1, 2}, pair{1, 2} == pair{b: 2, a: 1}, pair{} == pair{0, 0})

	// printing with %v and %+v
	fmt.Printf("%v\n%+v\n", alice.Home, alice.Home)
	fmt.Println(Person{})
	fmt.Printf("%+v\n", pair{3, 4})

	// anonymous struct values
	config := struct {
		Debug bool
		Level int
	}{true, 2}
	fmt.Println(config, config.Level)
	points := []struct{ X, Y int }{{1, 2}, {3, 4}}
	for _, p := range points {
		p.X = 100 // modifies the copy only
	}
	fmt.Println(points)
	for i := range points {
		points[i].X *= 10
	}
	fmt.Println(points)
}
