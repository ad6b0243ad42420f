"""Count results as imap_unordered() returns them, and report every 5th."""

from multiprocessing import Pool


def square(x):
    return x * x


if __name__ == "__main__":
    items = range(20)
    total = 0
    with Pool(2) as pool:
        for done, result in enumerate(pool.imap_unordered(square, items), start=1):
            total += result
            if done % 5 == 0 or done == len(items):
                print(f"{done}/{len(items)} done")
    print("sum of squares:", total)
