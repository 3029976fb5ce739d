package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

func (c Cents) MarshalJSON() ([]byte, error) {
	return []byte(strconv.Quote(c.String())), nil
}

func (c *Cents) UnmarshalJSON(b []byte) error {
	s, err := strconv.Unquote(string(b))
	if err != nil {
		return fmt.Errorf("amount %s: %w", b, err)
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "$")
	whole, frac, _ := strings.Cut(s, ".")
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return fmt.Errorf("amount %q: %w", s, err)
	}
	f, err := strconv.ParseInt((frac + "00")[:2], 10, 64)
	if err != nil {
		return fmt.Errorf("amount %q: %w", s, err)
	}
	v := Cents(w*100 + f)
	if neg {
		v = -v
	}
	*c = v
	return nil
}

type Txn struct {
	When   time.Time `json:"when"`
	Payee  string    `json:"payee"`
	Amount Cents     `json:"amount"`
	Tags   []string  `json:"tags,omitempty"`
}

var ErrOverdraft = errors.New("overdraft")

func main() {
	in := `[
 {"when":"2023-01-31T09:00:00Z","payee":"Salary","amount":"$2500.00","tags":["income"]},
 {"when":"2023-02-01T12:30:00+01:00","payee":"Rent","amount":"-$1200.5"},
 {"when":"2023-02-03T18:45:10-05:00","payee":"Groceries","amount":"-$84.37","tags":["food","weekly"]},
 {"when":"2023-02-14T20:00:00Z","payee":"Dinner","amount":"-$96.20","tags":["food"]},
 {"when":"2023-02-28T23:59:59Z","payee":"Interest","amount":"$0.07"}
]`
	var txns []Txn
	if err := json.Unmarshal([]byte(in), &txns); err != nil {
		fmt.Println("error:", err)
		return
	}
	sort.SliceStable(txns, func(i, j int) bool { return txns[i].When.Before(txns[j].When) })
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "date\tweekday\tpayee\tamount\tbalance\tsince prev\t")
	var bal Cents
	var prev time.Time
	byTag := map[string]Cents{}
	for _, t := range txns {
		bal += t.Amount
		since := "-"
		if !prev.IsZero() {
			since = t.When.Sub(prev).Round(time.Hour).String()
		}
		prev = t.When
		fmt.Fprintf(tw, "%s\t%s\t%s\t%v\t%v\t%s\t\n", t.When.UTC().Format("Jan _2"), t.When.Weekday().String()[:3], t.Payee, t.Amount, bal, since)
		for _, tag := range t.Tags {
			byTag[tag] += t.Amount
		}
	}
	tw.Flush()
	tags := make([]string, 0, len(byTag))
	for k := range byTag {
		tags = append(tags, k)
	}
	sort.Strings(tags)
	for _, k := range tags {
		fmt.Printf("%-8s %10v\n", k, byTag[k])
	}
	out, _ := json.MarshalIndent(struct {
		Balance Cents          `json:"balance"`
		ByTag   map[string]Cents `json:"by_tag"`
		Last    *Txn           `json:"last"`
	}{bal, byTag, &txns[len(txns)-1]}, "", "  ")
	fmt.Println(string(out))
	withdraw := func(amount Cents) error {
		if amount > bal {
			return fmt.Errorf("withdraw %v with balance %v: %w", amount, bal, ErrOverdraft)
		}
		bal -= amount
		return nil
	}
	err := withdraw(200000)
	fmt.Println(err, errors.Is(err, ErrOverdraft))
	var c Cents
	fmt.Println(json.Unmarshal([]byte(`"$12.x"`), &c))
	fmt.Println(json.Unmarshal([]byte(`12`), &c))
	fmt.Println(json.Unmarshal([]byte(`"abc"`), &c))
}
