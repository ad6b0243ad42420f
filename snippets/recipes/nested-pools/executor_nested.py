"""ProcessPoolExecutor workers are not daemonic, so a task may start a pool of its own."""

from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, current_process


def square(x):
    return x * x


def sum_of_squares(n):
    with Pool(2) as inner:
        return current_process().daemon, sum(inner.map(square, range(n)))


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as outer:
        results = list(outer.map(sum_of_squares, [3, 4, 5, 6]))
    print("outer workers daemonic:", {daemon for daemon, _ in results})
    print("sums:", [total for _, total in results])
