"""A daemon child that prints after 3 seconds, and a main process that ends at once."""

import time
from multiprocessing import Process


def late():
    time.sleep(3)
    print("daemon: done")


if __name__ == "__main__":
    Process(target=late, daemon=True).start()
    print("main: done")
