-- maps.lua - same algorithm as bench/maps.go
local n = tonumber(arg[1]) or 1000000
local m, size = {}, 0
for i = 0, n - 1 do
  if m[i * 7] == nil then size = size + 1 end
  m[i * 7] = i
end
local hits, sum = 0, 0
for i = 0, 2 * n - 1 do
  local v = m[i * 7 // 2]
  if v ~= nil then hits = hits + 1; sum = sum + v end
end
for i = 0, n - 1, 2 do
  if m[i * 7] ~= nil then size = size - 1 end
  m[i * 7] = nil
end
print("int keys: " .. size .. " " .. hits .. " " .. sum)

local counts, nkeys = {}, 0
for i = 0, n - 1 do
  local key = "w" .. (i % 5003)
  local c = counts[key]
  if c == nil then nkeys = nkeys + 1; c = 0 end
  counts[key] = c + 1
end
local total = 0
for i = 0, 5002 do total = total + (counts["w" .. i] or 0) * (i % 7 + 1) end
print("string keys: " .. nkeys .. " " .. total)

for k, v in pairs(m) do m[k] = v + 3 end
local check = 0
for k, v in pairs(m) do check = check ~ (k * 31 + v) end
print("checksum: " .. check)
