"""Objects that cannot be pickled, and the error that each one raises."""

import multiprocessing
import pickle
import socket
import threading


def numbers():
    yield 1


if __name__ == "__main__":
    with open(__file__) as file, socket.socket() as sock:
        candidates = {
            "threading.Lock()": threading.Lock(),
            "open(...)": file,
            "socket.socket()": sock,
            "a generator": numbers(),
            "multiprocessing.Lock()": multiprocessing.Lock(),
        }
        for name, obj in candidates.items():
            try:
                pickle.dumps(obj)
            except Exception as exc:
                print(f"{name}: {type(exc).__name__}: {exc}")
