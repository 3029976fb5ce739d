-- strings.lua - same algorithm as bench/strings.go
local function hash(s)
  local h = 5381
  for i = 1, #s do h = h * 33 + s:byte(i) end
  return h
end

local n = tonumber(arg[1]) or 300000
local parts = {}
for i = 0, n - 1 do parts[#parts + 1] = tostring(i); parts[#parts + 1] = "," end
local csv = table.concat(parts)
local nfields, sum = 0, 0
local start = 1
while true do
  local comma = csv:find(",", start, true)
  local f = comma and csv:sub(start, comma - 1) or csv:sub(start)
  nfields = nfields + 1
  if f ~= "" then sum = sum + tonumber(f) end
  if not comma then break end
  start = comma + 1
end
print("fields: " .. nfields .. " sum: " .. sum .. " hash: " .. hash(csv))

local words = { "alpha", "beta", "gamma", "delta", "epsilon" }
local count, total = 0, 0
for i = 0, n - 1 do
  local s = words[i % 5 + 1] .. "-" .. words[(i * 3) % 5 + 1]
  if s > "delta" then count = count + 1 end
  total = total + #s
end
print("concat: " .. count .. " " .. total)

local text = string.rep("The quick brown fox jumps over the lazy dog. ", n // 50 + 1)
local vowels = 0
for i = 1, #text do
  local c = text:byte(i)
  if c == 97 or c == 101 or c == 105 or c == 111 or c == 117 then vowels = vowels + 1 end
end
local upper = text:upper()
local ws = {}
for w in upper:gmatch("%S+") do ws[#ws + 1] = w end
local joined = table.concat(ws, "_")
local _, foxes = joined:gsub("FOX", "")
print("scan: " .. #text .. " " .. vowels .. " " .. hash(joined) .. " " .. foxes)
