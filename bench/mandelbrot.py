def main():
    size, max_iter = 700, 50
    inside = checksum = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        for x in range(size):
            cr = 2.0 * x / size - 1.5
            zr = zi = 0.0
            i = 0
            while i < max_iter:
                tr = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = tr
                if zr * zr + zi * zi > 4.0:
                    break
                i += 1
            if i == max_iter:
                inside += 1
            checksum += i
    print("mandelbrot inside %d checksum %d" % (inside, checksum))


main()
