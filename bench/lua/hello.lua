-- hello.lua - startup-time benchmark, as bench/hello.go
print("hello, world")
