"""A daemon process is terminated when the main process exits; it is never joined."""

import time
from multiprocessing import Process


def forever():
    while True:
        time.sleep(0.1)


if __name__ == "__main__":
    d = Process(target=forever, daemon=True, name="heartbeat")
    d.start()
    print(f"{d.name}: daemon={d.daemon}, alive={d.is_alive()}")
    print("main: exiting without join(); multiprocessing terminates the daemon")
