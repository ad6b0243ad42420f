"""object.__getstate__() (3.11+) returns the instance's own __dict__, not a copy."""

import threading


class Counter:
    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()


if __name__ == "__main__":
    counter = Counter()
    state = counter.__getstate__()
    print("keys:", sorted(state))
    print("state is counter.__dict__:", state is counter.__dict__)
