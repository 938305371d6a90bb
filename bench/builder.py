# builder: string building by appending pieces and joining (the Python
# idiom for strings.Builder).
def main():
    words = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur"]
    total = 0
    check = 0
    for rnd in range(200):
        parts = []
        app = parts.append
        for i in range(10000):
            app(words[(i + rnd) % 6])
            app(" ")
            if i % 10 == 9:
                app("é")
                app("\n")
        s = "".join(parts).encode()
        total += len(s)
        check = (check * 31 + s[len(s) // 2] + len(s)) % 1000000007
    print(total, check)


main()
