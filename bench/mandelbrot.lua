local size, maxIter = 700, 50
local inside, checksum = 0, 0
for y = 0, size - 1 do
  local ci = 2.0 * y / size - 1.0
  for x = 0, size - 1 do
    local cr = 2.0 * x / size - 1.5
    local zr, zi = 0.0, 0.0
    local i = 0
    while i < maxIter do
      local tr = zr * zr - zi * zi + cr
      zi = 2.0 * zr * zi + ci
      zr = tr
      if zr * zr + zi * zi > 4.0 then break end
      i = i + 1
    end
    if i == maxIter then inside = inside + 1 end
    checksum = checksum + i
  end
end
print(string.format("mandelbrot inside %d checksum %d", inside, checksum))
