def main():
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    nw = len(words)
    total = checksum = 0
    for rnd in range(60000):
        buf = []
        for i in range(20):
            buf.append(words[(rnd + i) % nw])
            buf.append(",")
        line = "".join(buf)
        parts = line.split(",")
        joined = "-".join(parts)
        upper = joined.upper()
        total += len(upper)
        if "GAMMA-DELTA" in upper:
            checksum += upper.index("GAMMA-DELTA")
        s = ""
        for i in range(10):
            s += words[i % nw]
        total += len(s)
    print("strings %d %d" % (total, checksum))


main()
