"""What a pool can send: functools.partial, bound methods, classes at the top level."""

from functools import partial
from multiprocessing import Pool


def power(x, exponent):
    return x**exponent


class Scaler:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def scale(self, x):
        self.calls += 1  # counts in the copy that the task carried
        return x * self.factor


if __name__ == "__main__":
    scaler = Scaler(10)
    with Pool(2) as pool:
        print("partial:     ", pool.map(partial(power, exponent=2), range(5)))
        print("bound method:", pool.map(scaler.scale, range(5)))
        print("a class:     ", [s.factor for s in pool.map(Scaler, range(5))])
    print("scaler.calls in the parent:", scaler.calls)
