-- methods.lua - same algorithm as bench/methods.go, with metatables
local Vec = {}
Vec.__index = Vec
local function vec(x, y) return setmetatable({ X = x, Y = y }, Vec) end
function Vec:Add(o) return vec(self.X + o.X, self.Y + o.Y) end
function Vec:Dot(o) return self.X * o.X + self.Y * o.Y end
function Vec:Scale(k) self.X = self.X * k; self.Y = self.Y * k end
function Vec:Wrap(limit) self.X = self.X % limit; self.Y = self.Y % limit end

local Rect = {}
Rect.__index = Rect
function Rect:Area() return self.W * self.H end
function Rect:Grow(d) self.W = (self.W + d) % 100; self.H = (self.H + d) % 100 end
local Square = {}
Square.__index = Square
function Square:Area() return self.S * self.S end
function Square:Grow(d) self.S = (self.S + d) % 100 end

local n = tonumber(arg[1]) or 1000000
local acc, step = vec(1, 2), vec(3, 5)
local dots = 0
for _ = 0, n - 1 do
  acc = acc:Add(step)
  acc:Scale(3)
  acc:Wrap(1000003)
  dots = dots + acc:Dot(step) % 7
end
print("vec: " .. acc.X .. " " .. acc.Y .. " " .. dots)

local shapes = {
  setmetatable({ W = 2, H = 3 }, Rect), setmetatable({ S = 4 }, Square),
  setmetatable({ W = 5, H = 1 }, Rect), setmetatable({ S = 7 }, Square),
}
local area = 0
for i = 0, n - 1 do
  local s = shapes[i % #shapes + 1]
  s:Grow(i % 5)
  area = area + s:Area()
end
print("shapes: " .. area)
