"""Tasks sent with apply_async(): a callback counts them as they finish."""

from multiprocessing import Pool


def square(x):
    return x * x


class Progress:
    """Called with each result, in the parent, by the pool's result thread."""

    def __init__(self, total):
        self.total = total
        self.done = 0

    def __call__(self, result):
        self.done += 1
        if self.done % 5 == 0:
            print(f"{self.done}/{self.total} done")


if __name__ == "__main__":
    items = range(20)
    progress = Progress(len(items))
    with Pool(2) as pool:
        pending = [pool.apply_async(square, (x,), callback=progress) for x in items]
        total = sum(result.get() for result in pending)
    print("sum of squares:", total)
