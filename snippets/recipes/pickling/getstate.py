"""__getstate__() leaves the lock out of the pickle; __setstate__() makes a new one."""

import threading
from multiprocessing import Pool


class Counter:
    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()

    def __getstate__(self):
        state = self.__dict__.copy()  # a copy: the object itself keeps its lock
        del state["lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.lock = threading.Lock()  # every copy gets a lock of its own

    def add(self, n):
        with self.lock:
            self.count += n
            return self.count


if __name__ == "__main__":
    counter = Counter()
    counter.add(5)
    with Pool(2) as pool:
        print("in the workers:", pool.map(counter.add, [1, 2, 3]))
    print("in the parent: ", counter.count)
