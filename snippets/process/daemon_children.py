"""A daemon process may not start children of its own."""

from multiprocessing import Process


def noop():
    pass


def spawner():
    try:
        Process(target=noop).start()
    except AssertionError as e:
        print(f"in the daemon: AssertionError: {e}")


if __name__ == "__main__":
    d = Process(target=spawner, daemon=True)
    d.start()
    d.join()
    print("daemon exitcode:", d.exitcode)
