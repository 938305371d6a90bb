local function makeAdder(k)
  return function(x) return x + k end
end

local function makeCounter()
  local n = 0
  return function() n = n + 1 end, function() return n end
end

local function apply(f, x) return f(x) end

local adders = {}
for i = 0, 9 do adders[i] = makeAdder(i) end
local inc, get = makeCounter()
local sum = 0
for i = 0, 2999999 do
  sum = adders[i % 10](sum) % 1000003
  sum = apply(function(x) return x + i % 3 end, sum)
  inc()
end
print(string.format("closures %d %d", sum, get()))
