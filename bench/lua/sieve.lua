-- sieve.lua - same algorithm as bench/sieve.go
local limit = tonumber(arg[1]) or 10000000
local composite = {}
for i = 0, limit - 1 do composite[i] = false end
local count, sum = 0, 0
for i = 2, limit - 1 do
  if not composite[i] then
    count = count + 1
    sum = sum + i
    for j = i * i, limit - 1, i do composite[j] = true end
  end
end
print("primes below " .. limit .. " = " .. count .. " sum " .. sum)
