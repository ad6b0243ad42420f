"""Each task carries its own copy of the instance behind a bound method."""

from multiprocessing import Pool


class Tally:
    def __init__(self):
        self.seen = []

    def add(self, x):
        self.seen.append(x)
        return len(self.seen)


if __name__ == "__main__":
    tally = Tally()
    with Pool(1) as pool:
        print(pool.map(tally.add, [10, 20, 30], chunksize=1))
    print(tally.seen)
