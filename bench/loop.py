def main():
    s = 0
    for i in range(6000):
        for j in range(10000):
            s += (i * j + i) % 7
    print("loop sum = %d" % s)


main()
