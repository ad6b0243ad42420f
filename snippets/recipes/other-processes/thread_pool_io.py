"""ThreadPool: the Pool API with threads, for tasks that wait instead of computing."""

import threading
import time
from multiprocessing.dummy import Pool as DummyPool
from multiprocessing.pool import ThreadPool

all_eight = threading.Barrier(8, timeout=5)


def fetch(url):
    time.sleep(0.2)  # stands for waiting on a server
    all_eight.wait()  # returns only once 8 calls are waiting here at the same time
    return len(url)


if __name__ == "__main__":
    urls = [f"https://example.com/page/{n}" for n in range(8)]
    with ThreadPool(8) as pool:
        print("8 calls ran at once:", pool.map(fetch, urls) == [len(u) for u in urls])
        print("a lambda, not pickled:", pool.map(lambda x: x * 2, range(4)))
    with DummyPool(2) as pool:
        print("multiprocessing.dummy.Pool() makes a", type(pool).__name__)
