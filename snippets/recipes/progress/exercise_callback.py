"""Tasks sent with apply_async(): nothing is reported until every one is done."""

from multiprocessing import Pool


def square(x):
    return x * x


if __name__ == "__main__":
    items = range(20)
    with Pool(2) as pool:
        pending = [pool.apply_async(square, (x,)) for x in items]
        total = sum(result.get() for result in pending)
    print("sum of squares:", total)
