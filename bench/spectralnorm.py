import math


def A(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(v, av, n):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += A(i, j) * v[j]
        av[i] = s


def mul_atv(v, atv, n):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += A(j, i) * v[j]
        atv[i] = s


def mul_atav(v, out, tmp, n):
    mul_av(v, tmp, n)
    mul_atv(tmp, out, n)


n = 500
u = [1.0] * n
v = [0.0] * n
tmp = [0.0] * n
for _ in range(10):
    mul_atav(u, v, tmp, n)
    mul_atav(v, u, tmp, n)
vBv = vv = 0.0
for i in range(n):
    vBv += u[i] * v[i]
    vv += v[i] * v[i]
print("spectralnorm %.9f" % math.sqrt(vBv / vv))
