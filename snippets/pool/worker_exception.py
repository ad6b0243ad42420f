"""An exception in a worker is re-raised by get() in the parent, with the remote traceback."""

from multiprocessing import Pool


def parse(text):
    return int(text)


if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            pool.map(parse, ["1", "2", "three"])
        except ValueError as e:
            print("caught:", type(e).__name__, e)
            cause = e.__cause__  # a RemoteTraceback holding the worker's traceback
            print("cause:", type(cause).__name__)
            print(
                "last line of the remote traceback:",
                str(cause).strip().splitlines()[-2],
            )
        print("the pool still works:", pool.map(parse, ["4", "5"]))
