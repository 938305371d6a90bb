class Rect:
    __slots__ = ("w", "h")

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def scale(self, k):
        self.w = (self.w * k) % 100 + 1
        self.h = (self.h * k) % 100 + 1


class Square:
    __slots__ = ("s",)

    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def scale(self, k):
        self.s = (self.s * k) % 100 + 1


class Counter:
    __slots__ = ("n",)

    def __init__(self):
        self.n = 0

    def add(self, x):
        self.n += x

    def get(self):
        return self.n


def main():
    shapes = [Rect(3, 4), Square(5), Rect(7, 2), Square(9)]
    c = Counter()
    direct = Rect(2, 3)
    for i in range(2000000):
        s = shapes[i % 4]
        c.add(s.area())
        if i % 1000 == 0:
            s.scale(i % 7 + 2)
        c.add(direct.area() % 3)
    print("methodcall %d" % c.get())


main()
