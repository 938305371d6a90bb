local Rect = {}
Rect.__index = Rect
function Rect.new(w, h) return setmetatable({w = w, h = h}, Rect) end
function Rect:area() return self.w * self.h end
function Rect:scale(k) self.w = (self.w * k) % 100 + 1; self.h = (self.h * k) % 100 + 1 end

local Square = {}
Square.__index = Square
function Square.new(s) return setmetatable({s = s}, Square) end
function Square:area() return self.s * self.s end
function Square:scale(k) self.s = (self.s * k) % 100 + 1 end

local Counter = {}
Counter.__index = Counter
function Counter.new() return setmetatable({n = 0}, Counter) end
function Counter:add(x) self.n = self.n + x end
function Counter:get() return self.n end

local shapes = {Rect.new(3, 4), Square.new(5), Rect.new(7, 2), Square.new(9)}
local c = Counter.new()
local direct = Rect.new(2, 3)
for i = 0, 1999999 do
  local s = shapes[i % 4 + 1]
  c:add(s:area())
  if i % 1000 == 0 then s:scale(i % 7 + 2) end
  c:add(direct:area() % 3)
end
print(string.format("methodcall %d", c:get()))
