# sortslice: sorting 1e6 pseudo-random ints.
def main():
    n = 1000000
    a = [0] * n
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        a[i] = x
    a.sort()
    ok = all(a[i - 1] <= a[i] for i in range(1, n))
    print("true" if ok else "false", a[0], a[n // 2], a[n - 1])


main()
