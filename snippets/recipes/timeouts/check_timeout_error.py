"""Whether `except TimeoutError` catches the error that the timeouts of a Pool raise."""

import multiprocessing

if __name__ == "__main__":
    try:
        raise multiprocessing.TimeoutError("no result in time")
    except TimeoutError:
        print("caught by except TimeoutError")
    except multiprocessing.ProcessError:
        print("missed; caught by except multiprocessing.ProcessError")
