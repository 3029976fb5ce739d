-- spectral_norm.lua - same algorithm as bench/spectral_norm.go
local function a(i, j)
  local ij = i + j
  return 1.0 / (ij * (ij + 1) // 2 + i + 1)
end

local function mulAv(n, v, av)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do s = s + a(i, j) * v[j] end
    av[i] = s
  end
end

local function mulAtv(n, v, atv)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do s = s + a(j, i) * v[j] end
    atv[i] = s
  end
end

local function mulAtAv(n, v, out, tmp)
  mulAv(n, v, tmp)
  mulAtv(n, tmp, out)
end

local n = tonumber(arg[1]) or 300
local u, v, tmp = {}, {}, {}
for i = 0, n - 1 do u[i] = 1.0; v[i] = 0.0; tmp[i] = 0.0 end
for _ = 1, 10 do
  mulAtAv(n, u, v, tmp)
  mulAtAv(n, v, u, tmp)
end
local vBv, vv = 0.0, 0.0
for i = 0, n - 1 do
  vBv = vBv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
print(string.format("%0.9f", math.sqrt(vBv / vv)))
