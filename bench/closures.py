def make_adder(k):
    return lambda x: x + k


def make_counter():
    n = 0

    def inc():
        nonlocal n
        n += 1

    def get():
        return n

    return inc, get


def apply(f, x):
    return f(x)


def main():
    adders = [make_adder(i) for i in range(10)]
    inc, get = make_counter()
    s = 0
    for i in range(3000000):
        s = adders[i % 10](s) % 1000003
        s = apply(lambda x: x + i % 3, s)
        inc()
    print("closures %d %d" % (s, get()))


main()
