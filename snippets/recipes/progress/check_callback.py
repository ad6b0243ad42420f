"""A callback appends each result to a list of the parent."""

from multiprocessing import Pool


def square(x):
    return x * x


if __name__ == "__main__":
    done = []
    with Pool(2) as pool:
        for x in range(4):
            pool.apply_async(square, (x,), callback=done.append)
        pool.close()
        pool.join()
    print(sorted(done))
