"""Executor.map() submits every item when called; its timeout counts from that call."""

import time
from concurrent.futures import ProcessPoolExecutor, TimeoutError

read = 0  # input items taken from numbers(), counted in this process


def numbers(n):
    global read
    for i in range(n):
        read += 1
        yield i


def slow(x):
    time.sleep(0.3)
    return x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        executor.submit(slow, 0).result()  # start the worker before the clock runs
        results = executor.map(slow, numbers(8), timeout=1)
        print(f"map() returned; input items read: {read} of 8, results taken: 0")
        try:
            for _ in results:  # 8 tasks of 0.3 s, one after another, need 2.4 s
                pass
        except TimeoutError:
            print("TimeoutError: 1 s had passed since map() was called")
