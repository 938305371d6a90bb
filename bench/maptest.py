def main():
    n = 500000
    ints = {}
    for i in range(n):
        ints[i * 7] = i
    hits = total = 0
    for i in range(2 * n):
        v = ints.get(i * 3)
        if v is not None:
            hits += 1
            total += v
    for i in range(0, n, 2):
        del ints[i * 7]
    strs = {}
    for i in range(n):
        strs["key" + str(i)] = i
    shits = 0
    for i in range(0, n, 3):
        v = strs.get("key" + str(i))
        if v is not None and v == i:
            shits += 1
    print("maptest %d %d %d %d %d" % (len(ints), hits, total, len(strs), shits))


main()
