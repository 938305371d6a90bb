local sum = 0
for i = 0, 5999 do
  for j = 0, 9999 do
    sum = sum + (i * j + i) % 7
  end
end
print(string.format("loop sum = %d", sum))
