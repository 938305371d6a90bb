local function A(i, j)
  local ij = i + j
  return 1.0 / (ij * (ij + 1) / 2 + i + 1)
end

local function mulAv(v, av, n)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do s = s + A(i, j) * v[j] end
    av[i] = s
  end
end

local function mulAtv(v, atv, n)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do s = s + A(j, i) * v[j] end
    atv[i] = s
  end
end

local function mulAtAv(v, out, tmp, n)
  mulAv(v, tmp, n)
  mulAtv(tmp, out, n)
end

local n = 500
local u, v, tmp = {}, {}, {}
for i = 0, n - 1 do u[i] = 1.0; v[i] = 0.0; tmp[i] = 0.0 end
for _ = 1, 10 do
  mulAtAv(u, v, tmp, n)
  mulAtAv(v, u, tmp, n)
end
local vBv, vv = 0.0, 0.0
for i = 0, n - 1 do
  vBv = vBv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
print(string.format("spectralnorm %.9f", math.sqrt(vBv / vv)))
