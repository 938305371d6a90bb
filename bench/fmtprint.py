# fmtprint: fmt-heavy formatting of 1e6 lines; last line is a checksum.
import sys


def main():
    out = sys.stdout
    names = ["alpha", "beta", "gamma", "delta"]
    total = 0
    for i in range(1000000):
        s = "%d %s %.3f %x %5d|%-6s|\n" % (i, names[i % 4], i / 3, i, i % 1000, names[(i + 1) % 4])
        out.write(s)
        total += len(s)
    out.write("bytes %d\n" % total)


main()
