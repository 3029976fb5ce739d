// type_switch_multi formats log field values of any type for a structured
// logger: type switches with several types per case, a nil case, interface
// cases (error, fmt.Stringer), and comma-ok assertions to interfaces.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

type UserID int

func (u UserID) String() string { return "user#" + strconv.Itoa(int(u)) }

type Secret string

type Field struct {
	Key   string
	Value interface{}
}

func render(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case Secret:
		return `"***"`
	case error:
		return strconv.Quote("error: " + x.Error())
	case fmt.Stringer:
		return strconv.Quote(x.String())
	case string:
		if strings.ContainsAny(x, " =\"") {
			return strconv.Quote(x)
		}
		return x
	case int, int8, int16, int32, int64:
		return fmt.Sprintf("%d", x) // x is interface{} here
	case uint, uint8, uint16, uint32, uint64:
		return fmt.Sprintf("%du", x)
	case float32, float64:
		return fmt.Sprintf("%.3g", x)
	case bool:
		if x {
			return "yes"
		}
		return "no"
	case []string:
		return "[" + strings.Join(x, ",") + "]"
	case []interface{}:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = render(e)
		}
		return "(" + strings.Join(parts, " ") + ")"
	default:
		return fmt.Sprintf("<%T>", x)
	}
}

func logLine(msg string, fields ...Field) string {
	var sb strings.Builder
	sb.WriteString("msg=" + render(msg))
	for _, f := range fields {
		sb.WriteString(" " + f.Key + "=" + render(f.Value))
	}
	return sb.String()
}

func main() {
	var nilErr error
	var nilPtr *int
	fmt.Println(logLine("login ok", Field{"user", UserID(42)}, Field{"admin", false}, Field{"pw", Secret("hunter2")}))
	fmt.Println(logLine("upload", Field{"bytes", uint64(1 << 20)}, Field{"ratio", 0.33333}, Field{"took", 1500 * time.Millisecond}))
	fmt.Println(logLine("failed", Field{"err", errors.New("disk full")}, Field{"code", int8(-3)}, Field{"retry", true}))
	fmt.Println(logLine("odd values", Field{"nil", nil}, Field{"nilErr", nilErr}, Field{"nilPtr", nilPtr}, Field{"f32", float32(2.5)}))
	fmt.Println(logLine("lists", Field{"tags", []string{"a", "b"}}, Field{"mixed", []interface{}{1, "two words", nil, UserID(7)}}))
	fmt.Println(logLine("other", Field{"map", map[string]int{"a": 1}}, Field{"rune", 'x'}, Field{"byte", byte(255)}, Field{"struct", struct{}{}}))

	values := []interface{}{UserID(1), Secret("s"), errors.New("e"), "plain", 3}
	for _, v := range values {
		_, isStringer := v.(fmt.Stringer)
		_, isErr := v.(error)
		s, isStr := v.(string)
		fmt.Printf("%-12v stringer=%-5t error=%-5t string=%t %q\n", v, isStringer, isErr, isStr, s)
	}
}
