"""Wait for whichever child finishes first, using sentinels and connection.wait()."""

from multiprocessing import Pipe, Process
from multiprocessing.connection import wait


def worker(conn):
    conn.recv()  # block until the parent says "go"


if __name__ == "__main__":
    procs, pipes = {}, {}
    for name in ("a", "b", "c"):
        parent_end, child_end = Pipe()
        p = Process(target=worker, args=(child_end,), name=name)
        p.start()
        procs[p.sentinel], pipes[name] = p, parent_end
    for name in ("b", "c", "a"):  # release the workers in this order
        pipes[name].send("go")
        for sentinel in wait(list(procs)):  # returns the sentinels that are ready
            p = procs.pop(sentinel)
            p.join()
            print(f"{p.name} finished, exitcode {p.exitcode}")
