def sieve(n):
    composite = [False] * (n + 1)
    count = 0
    for i in range(2, n + 1):
        if not composite[i]:
            count += 1
            for j in range(i * i, n + 1, i):
                composite[j] = True
    return count


total = 0
for _ in range(3):
    total += sieve(2000000)
print("primes = %d" % total)
