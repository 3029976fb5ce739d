-- closures.lua - same algorithm as bench/closures.go
local function makeCounter(step)
  local count = 0
  local function inc() count = count + step; return count end
  local function get() return count end
  return inc, get
end

local function mapInts(xs, n, f)
  local out = {}
  for i = 0, n - 1 do out[i] = f(xs[i]) end
  return out
end

local function filter(xs, n, keep)
  local out, m = {}, 0
  for i = 0, n - 1 do
    local x = xs[i]
    if keep(x) then out[m] = x; m = m + 1 end
  end
  return out, m
end

local function reduce(xs, n, acc, f)
  for i = 0, n - 1 do acc = f(acc, xs[i]) end
  return acc
end

local n = tonumber(arg[1]) or 1000000
local total = 0
for i = 0, n // 10 - 1 do
  local inc, get = makeCounter(i % 7)
  inc(); inc()
  total = total + get()
end
print("counters: " .. total)

local xs = {}
for i = 0, 999 do xs[i] = i end
local sum = 0
for round = 0, n // 1000 - 1 do
  local k = round % 13
  local ys = mapInts(xs, 1000, function(x) return x * k + 1 end)
  local zs, m = filter(ys, 1000, function(x) return x % 3 ~= 0 end)
  sum = sum + reduce(zs, m, 0, function(a, b) return a + b % 1000 end)
end
print("pipeline: " .. sum)

local adders = {}
for i = 0, 15 do
  local d = i
  adders[i] = function(x) return x + d end
end
local v = 0
for i = 0, n - 1 do v = adders[i & 15](v) & 0xFFFFFF end
print("adders: " .. v)
