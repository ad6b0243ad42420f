"""Pool.map() raises at the call; imap() and Executor.map() raise when the loop gets there."""

from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


def check(x):
    if x == 2:
        raise ValueError(f"bad item {x}")
    return x


def consume(name, results):
    got = []
    try:
        for r in results:
            got.append(r)
    except ValueError as e:
        print(f"{name}: returned an iterator, got {got}, then ValueError: {e}")


if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            pool.map(check, range(4))
        except ValueError as e:
            print(f"Pool.map: the call raised ValueError: {e}; no results")
        consume("Pool.imap", pool.imap(check, range(4)))
    with ProcessPoolExecutor(2) as executor:
        consume("Executor.map", executor.map(check, range(4)))
