"""Two children: one returns a value, the other calls sys.exit(3)."""

import sys
from multiprocessing import Process

if __name__ == "__main__":
    returns = Process(target=abs, args=(-42,))  # abs(-42) returns 42
    exits = Process(target=sys.exit, args=(3,))
    for p in (returns, exits):
        p.start()
        p.join()
    print(returns.exitcode, exits.exitcode)
