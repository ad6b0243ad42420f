"""One Process per task: wait for its result up to a timeout, then terminate() or kill() it."""

import signal
import time
from multiprocessing import Pipe, Process


def nap(seconds):
    time.sleep(seconds)
    return seconds


def stubborn_nap(seconds):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # ignores terminate() (POSIX)
    return nap(seconds)


def call(conn, func, arg):
    conn.send("started")
    conn.send(func(arg))


def run_with_timeout(func, arg, timeout):
    receiver, sender = Pipe(duplex=False)
    process = Process(target=call, args=(sender, func, arg))
    process.start()
    sender.close()  # the child holds the only write end: if it dies, recv() gets EOF
    try:
        receiver.recv()  # "started": the timeout counts from here
        if receiver.poll(timeout):
            return receiver.recv()
        process.terminate()  # SIGTERM
        process.join(1)
        if process.is_alive():
            process.kill()  # SIGKILL: cannot be caught or ignored
        process.join()
        raise TimeoutError(f"no result after {timeout} s, exitcode {process.exitcode}")
    finally:
        process.join()
        receiver.close()


if __name__ == "__main__":
    for func, arg in [(nap, 0.1), (nap, 30), (stubborn_nap, 30)]:
        try:
            print(f"{func.__name__}({arg}):", run_with_timeout(func, arg, timeout=1))
        except TimeoutError as exc:
            print(f"{func.__name__}({arg}): TimeoutError: {exc}")
