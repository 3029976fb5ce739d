package main

import (
	"errors"
	"fmt"
	"os"
	"os/user"
	"strconv"
)

func main() {
	u, err := user.Current()
	fmt.Println(err, u.Uid == strconv.Itoa(os.Getuid()), u.HomeDir != "", u.Username != "")
	r, err := user.Lookup("root")
	fmt.Println(r.Uid, r.Gid, r.Username, r.HomeDir, err)
	r2, err := user.LookupId("0")
	fmt.Println(r2.Username, err)
	_, err = user.Lookup("no-such-user-xyz")
	var uue user.UnknownUserError
	fmt.Println(err, errors.As(err, &uue))
	_, err = user.LookupId("987654")
	fmt.Println(err)
	_, err = user.LookupId("abc")
	fmt.Println(err)
	g, err := user.LookupGroup("root")
	fmt.Println(g.Gid, g.Name, err)
	g, err = user.LookupGroupId("0")
	fmt.Println(g.Name, err)
	_, err = user.LookupGroup("no-such-group-xyz")
	fmt.Println(err)
	ids, err := r.GroupIds()
	fmt.Println(len(ids) > 0, ids[0], err)
}
