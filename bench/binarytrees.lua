-- binarytrees (the benchmarks game), depth 16: see binarytrees.go.
local function bottomUp(d)
  if d <= 0 then return {} end
  return {bottomUp(d-1), bottomUp(d-1)}
end
local function check(n)
  if n[1] == nil then return 1 end
  return 1 + check(n[1]) + check(n[2])
end
local n = 16
local maxDepth = n
local stretch = maxDepth + 1
print(string.format("stretch tree of depth %d\t check: %d", stretch, check(bottomUp(stretch))))
local long = bottomUp(maxDepth)
for d = 4, maxDepth, 2 do
  local iters = math.floor(2 ^ (maxDepth - d + 4)) -- no << in LuaJIT
  local c = 0
  for i = 1, iters do c = c + check(bottomUp(d)) end
  print(string.format("%d\t trees of depth %d\t check: %d", iters, d, c))
end
print(string.format("long lived tree of depth %d\t check: %d", maxDepth, check(long)))
