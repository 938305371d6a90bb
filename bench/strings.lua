local words = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
local nw = #words
local total, checksum = 0, 0
for round = 0, 59999 do
  local buf = {}
  for i = 0, 19 do
    buf[#buf + 1] = words[(round + i) % nw + 1]
    buf[#buf + 1] = ","
  end
  local line = table.concat(buf)
  local parts = {}
  for p in (line):gmatch("([^,]*),") do parts[#parts + 1] = p end
  parts[#parts + 1] = "" -- the empty field after the trailing comma
  local joined = table.concat(parts, "-")
  local upper = string.upper(joined)
  total = total + #upper
  local idx = string.find(upper, "GAMMA-DELTA", 1, true)
  if idx then checksum = checksum + idx - 1 end
  local s = ""
  for i = 0, 9 do s = s .. words[i % nw + 1] end
  total = total + #s
end
print(string.format("strings %d %d", total, checksum))
