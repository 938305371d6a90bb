local n = 500000
local ints = {}
local count = 0
for i = 0, n - 1 do ints[i * 7] = i end
local hits, sum = 0, 0
for i = 0, 2 * n - 1 do
  local v = ints[i * 3]
  if v ~= nil then hits = hits + 1; sum = sum + v end
end
for i = 0, n - 1, 2 do ints[i * 7] = nil end
for _ in pairs(ints) do count = count + 1 end
local strs = {}
local scount = 0
for i = 0, n - 1 do strs["key" .. tostring(i)] = i; scount = scount + 1 end
local shits = 0
for i = 0, n - 1, 3 do
  local v = strs["key" .. tostring(i)]
  if v ~= nil and v == i then shits = shits + 1 end
end
print(string.format("maptest %d %d %d %d %d", count, hits, sum, scount, shits))
