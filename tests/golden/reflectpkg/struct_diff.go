// A small config differ and validator, as scripts write them with
// reflect: walk two values of the same type, report the paths that
// differ, and check `validate:"..."` tags.
package main

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

type Limits struct {
	CPU    float64 `validate:"min=0.5"`
	Memory int     `validate:"min=64,max=4096"`
}

type Service struct {
	Name     string            `validate:"nonempty"`
	Replicas int               `validate:"min=1,max=10"`
	Ports    []int             `validate:"nonempty"`
	Env      map[string]string
	Limits   Limits
	Backup   *Limits
	Labels   []string
}

func diff(path string, a, b reflect.Value, out *[]string) {
	if a.Kind() != b.Kind() {
		*out = append(*out, fmt.Sprintf("%s: kind %v != %v", path, a.Kind(), b.Kind()))
		return
	}
	switch a.Kind() {
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			diff(path+"."+a.Type().Field(i).Name, a.Field(i), b.Field(i), out)
		}
	case reflect.Ptr:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				*out = append(*out, fmt.Sprintf("%s: nil=%v vs nil=%v", path, a.IsNil(), b.IsNil()))
			}
			return
		}
		diff(path, a.Elem(), b.Elem(), out)
	case reflect.Slice:
		n := a.Len()
		if b.Len() > n {
			n = b.Len()
		}
		for i := 0; i < n; i++ {
			p := path + "[" + strconv.Itoa(i) + "]"
			switch {
			case i >= a.Len():
				*out = append(*out, fmt.Sprintf("%s: added %v", p, b.Index(i)))
			case i >= b.Len():
				*out = append(*out, fmt.Sprintf("%s: removed %v", p, a.Index(i)))
			default:
				diff(p, a.Index(i), b.Index(i), out)
			}
		}
	case reflect.Map:
		keys := map[string]reflect.Value{}
		for _, k := range append(a.MapKeys(), b.MapKeys()...) {
			keys[k.String()] = k
		}
		names := make([]string, 0, len(keys))
		for n := range keys {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			va, vb := a.MapIndex(keys[n]), b.MapIndex(keys[n])
			p := fmt.Sprintf("%s[%q]", path, n)
			switch {
			case !va.IsValid():
				*out = append(*out, fmt.Sprintf("%s: added %v", p, vb))
			case !vb.IsValid():
				*out = append(*out, fmt.Sprintf("%s: removed %v", p, va))
			default:
				diff(p, va, vb, out)
			}
		}
	default:
		if !reflect.DeepEqual(a.Interface(), b.Interface()) {
			*out = append(*out, fmt.Sprintf("%s: %v -> %v", path, a, b))
		}
	}
}

func validate(v reflect.Value, path string) []string {
	var errs []string
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f, fv := t.Field(i), v.Field(i)
		if fv.Kind() == reflect.Struct {
			errs = append(errs, validate(fv, path+f.Name+".")...)
		}
		tag := f.Tag.Get("validate")
		if tag == "" {
			continue
		}
		for _, rule := range strings.Split(tag, ",") {
			name, arg, _ := strings.Cut(rule, "=")
			var num float64
			switch fv.Kind() {
			case reflect.Int:
				num = float64(fv.Int())
			case reflect.Float64:
				num = fv.Float()
			case reflect.String, reflect.Slice:
				num = float64(fv.Len())
			}
			limit, _ := strconv.ParseFloat(arg, 64)
			bad := (name == "nonempty" && num == 0) || (name == "min" && num < limit) || (name == "max" && num > limit)
			if bad {
				errs = append(errs, fmt.Sprintf("%s%s: %s (got %v)", path, f.Name, rule, fv))
			}
		}
	}
	return errs
}

func main() {
	old := Service{Name: "api", Replicas: 2, Ports: []int{80, 443}, Env: map[string]string{"A": "1", "B": "2"},
		Limits: Limits{1, 512}, Labels: []string{"x"}}
	cur := Service{Name: "api", Replicas: 12, Ports: []int{8080}, Env: map[string]string{"A": "1", "C": "3"},
		Limits: Limits{0.25, 512}, Backup: &Limits{2, 8192}, Labels: []string{"x", "y"}}
	var out []string
	diff("svc", reflect.ValueOf(old), reflect.ValueOf(cur), &out)
	for _, l := range out {
		fmt.Println(l)
	}
	fmt.Println(reflect.DeepEqual(old, cur), reflect.DeepEqual(old, old))
	for _, e := range validate(reflect.ValueOf(cur), "") {
		fmt.Println("invalid:", e)
	}
	fmt.Println(len(validate(reflect.ValueOf(old), "")), "errors in old")
	fmt.Println(validate(reflect.ValueOf(Service{}), ""))
}
