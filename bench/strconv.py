# strconv: integer and float round trips through strings.
def main():
    isum = 0
    fsum = 0.0
    slen = 0
    for i in range(1000000):
        s = str(i * 7919)
        n = int(s)
        isum += n % 1000
        f = repr(i / 7)
        x = float(f)
        fsum += x
        slen += len(s)
    print("%d %d %.6f" % (isum, slen, fsum))


main()
