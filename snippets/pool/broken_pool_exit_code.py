"""BrokenProcessPool names the dead worker and its exit code (3.15)."""

import os
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context


def crash():
    os.kill(os.getpid(), signal.SIGKILL)  # what the out-of-memory killer sends


if __name__ == "__main__":
    # forkserver: its workers' exit codes are known as soon as the pool sees them die
    ctx = get_context("forkserver")
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as executor:
        try:
            executor.submit(crash).result(timeout=10)
        except BrokenProcessPool as e:
            print("BrokenProcessPool:", e)
            print("caused by:", str(e.__cause__).strip("\n'"))
