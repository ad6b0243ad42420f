"""An object holding a lock cannot be pickled; from 3.14 the error says where the lock is."""

import pickle
import threading


class Counter:
    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()


if __name__ == "__main__":
    try:
        pickle.dumps(Counter())
    except TypeError as exc:
        print(f"{type(exc).__name__}: {exc}")
        for note in getattr(exc, "__notes__", []):  # added by pickle in 3.14
            print(note)
